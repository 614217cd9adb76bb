/**
 * Suggestions, complaints and petitions (góp ý, phản ánh, kiến nghị): intake from every channel
 * (public form, staff entry, low ratings), working-day deadlines with escalation, answers back to the
 * citizen, publication, the leaders' hotline directory and topic analysis of comments.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "calendar", "dossier", "notify", "organization", "rating", "shared"})
package vn.hailong.feedback;
