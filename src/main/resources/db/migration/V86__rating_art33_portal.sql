-- Module rating. The counter form that asks the citizen the nine contents of Decree 118/2025/NĐ-CP Art. 33(1)(a)–(i)
-- (wording of the decree, answered on the 1..5 satisfaction scale; contents that may not concern the citizen allow
-- "not applicable"), and the national portal as a channel of its own: ratings made on the National Public Service
-- Portal (Art. 31(1)(c)) are imported from its CSV export, one rating per dossier, keyed by the portal's rating id.
insert into rating_form (code, title_vi, title_en) values
 ('ART33', 'Phiếu đánh giá việc giải quyết thủ tục hành chính (Điều 33 Nghị định 118/2025/NĐ-CP)',
  'Evaluation of how the procedure was resolved (Decree 118/2025 Art. 33)');
insert into rating_item (form_code, code, position, text_vi, text_en, allows_na) values
 ('ART33', 'ART33_A', 1, 'Thời gian trả kết quả giải quyết, xử lý hồ sơ thủ tục hành chính so với quy định hoặc yêu cầu của cơ quan, đơn vị chủ trì',
  'Time of returning the result against the rule or the lead agency''s request', false),
 ('ART33', 'ART33_B', 2, 'Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính',
  'Number of agencies to contact to complete the dossier', false),
 ('ART33', 'ART33_C', 3, 'Số lần phải liên hệ với cơ quan tiếp nhận để hoàn thiện hồ sơ thủ tục hành chính',
  'Number of contacts with the receiving agency to complete the dossier', false),
 ('ART33', 'ART33_D', 4, 'Tính chính xác, đầy đủ, kịp thời của thông tin thủ tục hành chính được công khai so với quy định',
  'Accuracy, completeness and timeliness of the published procedure information', false),
 ('ART33', 'ART33_DD', 5, 'Thái độ ứng xử của cán bộ, công chức, viên chức hướng dẫn, tiếp nhận hồ sơ, giải quyết thủ tục hành chính',
  'Attitude of the officers who guide, receive and resolve', false),
 ('ART33', 'ART33_E', 6, 'Sự phù hợp với pháp luật của kết quả giải quyết và chi phí thực hiện thủ tục hành chính; các chi phí phát sinh ngoài quy định của pháp luật',
  'Lawfulness of the result and of the costs; costs outside the law', false),
 ('ART33', 'ART33_G', 7, 'Thời gian và chất lượng ý kiến giải trình đối với phản ánh, kiến nghị, khiếu nại, tố cáo của Ông/Bà',
  'Time and quality of the explanations given to your feedback, petitions, complaints or denunciations', true),
 ('ART33', 'ART33_H', 8, 'Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến',
  'Progress and quality of the online public services', true),
 ('ART33', 'ART33_I', 9, 'Các nội dung khác (nếu có)', 'Other contents (if any)', true);

alter table rating drop constraint ck_rating_channel;
alter table rating add constraint ck_rating_channel check (channel in ('QR', 'KIOSK', 'WEB', 'PAPER', 'BALLOT', 'PORTAL'));
