package vn.hailong.feedback.web;

/** The public form's fields, kept when the form comes back with a message. */
class FeedbackForm {

    private String category = "SUGGESTION";
    private String agency;
    private String dossierCode;
    private String text;
    private String name;
    private String phone;
    private String email;
    private boolean publishConsent;
    private String challengeToken;
    private String challengeAnswer;

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public void setDossierCode(String dossierCode) {
        this.dossierCode = dossierCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isPublishConsent() {
        return publishConsent;
    }

    public void setPublishConsent(boolean publishConsent) {
        this.publishConsent = publishConsent;
    }

    public String getChallengeToken() {
        return challengeToken;
    }

    public void setChallengeToken(String challengeToken) {
        this.challengeToken = challengeToken;
    }

    public String getChallengeAnswer() {
        return challengeAnswer;
    }

    public void setChallengeAnswer(String challengeAnswer) {
        this.challengeAnswer = challengeAnswer;
    }
}
