-- Module letter. The apology's title is the e-mail's subject: it names what Decree 118/2025/NĐ-CP Art. 19(6) asks for
-- (a written apology with a proposed extension, "Phiếu đề nghị gia hạn thời gian giải quyết") and the dossier's code,
-- so that the citizen knows which dossier it is about. Only the shipped default template (agency_id null) changes;
-- a unit's own template stays as its unit wrote it.
update letter_template
   set title = 'Xin lỗi và đề nghị gia hạn thời gian giải quyết hồ sơ {code}'
 where agency_id is null and kind = 'APOLOGY';
