/** SIPAS surveys: versioned questionnaires, campaigns with reproducible samples, invitations, responses and the index. */
package vn.hailong.survey;
