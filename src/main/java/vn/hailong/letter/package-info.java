/** Apology, congratulation, condolence and thank-you letters: templates, drafts, approval, sending, log. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "calendar", "catalog", "dossier", "notify", "organization", "shared"})
package vn.hailong.letter;
