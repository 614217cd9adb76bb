/** Citizens' ratings from every channel, each tied to its dossier and officer, stored once. */
package vn.hailong.rating;
