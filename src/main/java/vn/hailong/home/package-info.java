/** The pages everyone sees after signing in: the home page and the sign-in page. */
package vn.hailong.home;
