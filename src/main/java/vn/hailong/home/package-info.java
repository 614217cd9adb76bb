/** The pages everyone sees after signing in: the home page and the sign-in page. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "calendar", "catalog", "dossier", "letter", "organization", "shared"})
package vn.hailong.home;
