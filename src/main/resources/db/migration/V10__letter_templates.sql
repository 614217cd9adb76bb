-- Default letter templates (agency_id null). Placeholders: {applicant} {person} {procedure} {code} {unit}
-- {agency} {leader} {date} {dueAt} {newDueAt} {reason}
insert into letter_template (agency_id, kind, title, body) values (null, 'APOLOGY',
 'Thư xin lỗi và hẹn lại ngày trả kết quả',
 'Kính gửi Ông/Bà {applicant},
{agency} đã tiếp nhận hồ sơ {code} ({procedure}) và hẹn trả kết quả vào {dueAt}. Do {reason}, chúng tôi chưa thể trả kết quả đúng hẹn. {agency} thành thật xin lỗi Ông/Bà và xin hẹn trả kết quả vào {newDueAt}.
Trân trọng,
{leader}');
insert into letter_template (agency_id, kind, title, body) values (null, 'CONGRATULATION',
 'Thư chúc mừng',
 'Kính gửi gia đình Ông/Bà {applicant},
Nhân dịp gia đình đăng ký {procedure} cho {person} ngày {date}, {agency} xin gửi lời chúc mừng tốt đẹp nhất. Chúc gia đình luôn mạnh khỏe, hạnh phúc và thành đạt.
Trân trọng,
{leader}');
insert into letter_template (agency_id, kind, title, body) values (null, 'CONDOLENCE',
 'Thư chia buồn',
 'Kính gửi gia đình Ông/Bà {applicant},
Được tin {person} đã từ trần, {agency} xin gửi tới gia đình lời chia buồn sâu sắc nhất. Mong gia đình sớm vượt qua nỗi đau mất mát này.
Trân trọng,
{leader}');
insert into letter_template (agency_id, kind, title, body) values (null, 'THANKS',
 'Thư cảm ơn',
 'Kính gửi Ông/Bà {applicant},
{agency} trân trọng cảm ơn Ông/Bà đã đóng góp ý kiến giúp chúng tôi phục vụ người dân ngày càng tốt hơn.
Trân trọng,
{leader}');
