/** The pages everyone sees after signing in: the home page and the sign-in page. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "access",
            "ballot",
            "calendar",
            "catalog",
            "dossier",
            "feedback",
            "insight",
            "letter",
            "organization",
            "rating"
        })
package vn.hailong.home;
