package vn.hailong.dossier.web;

import java.util.ArrayList;
import java.util.List;
import vn.hailong.dossier.Channel;
import vn.hailong.dossier.ReceivedDocument.DocumentForm;

/** What the desk officer types at reception (a mutable bean so that indexed document lines bind). */
class ReceptionForm {

    /**
     * One line of the document checklist. Unticked by default: a browser sends nothing for an unticked box, so only a
     * line the officer ticked is received, saved and printed.
     */
    public static class DocumentLine {
        private boolean selected;
        private String name;
        private DocumentForm form = DocumentForm.COPY;
        private int count = 1;

        public DocumentLine() {}

        DocumentLine(String name) {
            this.name = name;
            this.selected = true;
            // the catalogue marks identity papers "(xuất trình)": shown, compared and handed back
            if (name.toLowerCase(java.util.Locale.ROOT).contains("xuất trình")) {
                this.form = DocumentForm.SHOWN;
            }
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public DocumentForm getForm() {
            return form;
        }

        public void setForm(DocumentForm form) {
            this.form = form;
        }

        public int getCount() {
            return count;
        }

        public void setCount(int count) {
            this.count = count;
        }
    }

    private Long agencyId;
    /** The agency competent to resolve, when another than the receiving body (Decree 118/2025/NĐ-CP Art. 14(2)). */
    private Long resolvingAgencyId;

    private Long deskId;
    private String procedureCode;
    private Channel channel = Channel.IN_PERSON;
    private String applicantName;
    private String applicantKind = "CITIZEN";
    private String applicantPhone;
    private String applicantEmail;
    private String applicantAddress;
    private int sets = 1;
    private Long receivingOfficerId;
    private List<DocumentLine> documents = new ArrayList<>();

    public Long getResolvingAgencyId() {
        return resolvingAgencyId;
    }

    public void setResolvingAgencyId(Long resolvingAgencyId) {
        this.resolvingAgencyId = resolvingAgencyId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getDeskId() {
        return deskId;
    }

    public void setDeskId(Long deskId) {
        this.deskId = deskId;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getApplicantKind() {
        return applicantKind;
    }

    public void setApplicantKind(String applicantKind) {
        this.applicantKind = applicantKind;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public String getApplicantAddress() {
        return applicantAddress;
    }

    public void setApplicantAddress(String applicantAddress) {
        this.applicantAddress = applicantAddress;
    }

    public int getSets() {
        return sets;
    }

    public void setSets(int sets) {
        this.sets = sets;
    }

    public Long getReceivingOfficerId() {
        return receivingOfficerId;
    }

    public void setReceivingOfficerId(Long receivingOfficerId) {
        this.receivingOfficerId = receivingOfficerId;
    }

    public List<DocumentLine> getDocuments() {
        return documents;
    }

    public void setDocuments(List<DocumentLine> documents) {
        this.documents = documents;
    }
}
