/** The demo: Quảng Ninh (code 22) with its 54 communes, the catalogue, desks, officers and demo accounts. */
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
            "rating",
            "shared",
            "survey"
        })
package vn.hailong.demo;
