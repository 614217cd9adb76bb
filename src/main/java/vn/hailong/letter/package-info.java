/** Apology, congratulation, condolence and thank-you letters: templates, drafts, approval, sending, log. */
package vn.hailong.letter;
