-- Letter templates per life event (birth, marriage, death): the right wording for each, without repeating the
-- procedure's name ("đăng ký đăng ký khai sinh") and asking for a person's name only where the letter names one
-- (the child, the deceased). life_event null = a template for any event of its kind.
alter table letter_template add column life_event varchar(10);

insert into letter_template (agency_id, kind, life_event, title, body) values (null, 'CONGRATULATION', 'BIRTH',
 'Thư chúc mừng',
 'Kính gửi gia đình Ông/Bà {applicant},
Nhân dịp gia đình đăng ký khai sinh cho cháu {person} ngày {date}, {agency} xin gửi tới gia đình lời chúc mừng tốt đẹp nhất. Chúc cháu luôn khỏe mạnh, ngoan ngoãn; chúc gia đình luôn hạnh phúc.
Trân trọng,
{leader}');
insert into letter_template (agency_id, kind, life_event, title, body) values (null, 'CONGRATULATION', 'MARRIAGE',
 'Thư chúc mừng',
 'Kính gửi Ông/Bà {applicant},
Nhân dịp Ông/Bà đăng ký kết hôn ngày {date}, {agency} xin gửi lời chúc mừng tốt đẹp nhất. Chúc Ông/Bà trăm năm hạnh phúc, gia đình luôn mạnh khỏe và thành đạt.
Trân trọng,
{leader}');
insert into letter_template (agency_id, kind, life_event, title, body) values (null, 'CONDOLENCE', 'DEATH',
 'Thư chia buồn',
 'Kính gửi gia đình Ông/Bà {applicant},
Được tin {person} đã từ trần, {agency} xin gửi tới gia đình lời chia buồn sâu sắc nhất. Mong gia đình sớm vượt qua nỗi đau mất mát này.
Trân trọng,
{leader}');

-- The general congratulation no longer puts "đăng ký" before a procedure name that already says it.
update letter_template set body = 'Kính gửi gia đình Ông/Bà {applicant},
Nhân dịp gia đình hoàn thành thủ tục {procedure} ngày {date}, {agency} xin gửi lời chúc mừng tốt đẹp nhất. Chúc gia đình luôn mạnh khỏe, hạnh phúc và thành đạt.
Trân trọng,
{leader}'
where agency_id is null and kind = 'CONGRATULATION' and life_event is null;
