package vn.hailong.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Mẫu 07 as a spreadsheet: one row per dossier received in the period (streamed with fastexcel). */
@Service
public class DossierLedgerExcel {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] HEADER = {
        "no", "code", "procedure", "applicant", "received", "due", "resolved", "returned", "status", "timeliness"
    };

    private final MessageSource messages;

    private final LedgerRows ledgerRows;

    DossierLedgerExcel(MessageSource messages, LedgerRows ledgerRows) {
        this.ledgerRows = ledgerRows;
        this.messages = messages;
    }

    public byte[] ledger(long agencyId, LocalDate from, LocalDate to) {
        List<DossierRow> rows = ledgerRows.of(agencyId, from, to);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "HaiLong", "1.0")) {
            // Mẫu 07 is an official form: in Vietnamese
            Worksheet ws = wb.newWorksheet(messages.getMessage("dossier.ledger.sheet", null, VI));
            for (int c = 0; c < HEADER.length; c++) {
                ws.value(0, c, messages.getMessage("dossier.ledger.col." + HEADER[c], null, VI));
                ws.style(0, c).bold().fillColor("EFEEE9").set();
            }
            int r = 1;
            for (int i = rows.size() - 1; i >= 0; i--, r++) {
                DossierRow d = rows.get(i);
                ws.value(r, 0, r);
                ws.value(r, 1, d.code());
                ws.value(r, 2, d.procedureName());
                ws.value(r, 3, d.applicantName());
                time(ws, r, 4, d.receivedAt());
                time(ws, r, 5, d.dueAt());
                time(ws, r, 6, d.resolvedAt());
                time(ws, r, 7, d.returnedAt());
                ws.value(r, 8, messages.getMessage("dossierStatus." + d.status().name(), null, VI));
                ws.value(
                        r, 9, messages.getMessage("timeliness." + d.timeliness().name(), null, VI));
            }
            ws.freezePane(0, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void time(Worksheet ws, int r, int c, LocalDateTime t) {
        if (t != null) {
            ws.value(r, c, t);
            ws.style(r, c).format("dd/mm/yyyy hh:mm").set();
        }
    }
}
