/** The one-stop dossier from receipt to result: steps, supplements, deadlines, timeliness and the official forms. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "calendar", "catalog", "notify", "organization", "shared"})
package vn.hailong.dossier;
