/** SIPAS surveys: versioned questionnaires, campaigns with reproducible samples, invitations, responses and the index. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "dossier", "notify", "organization", "rating", "shared"})
package vn.hailong.survey;
