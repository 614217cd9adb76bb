/** Citizens' ratings from every channel, each tied to its dossier and officer, stored once. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "catalog", "dossier", "organization", "shared"})
package vn.hailong.rating;
