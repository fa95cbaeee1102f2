/** End-to-end tests of the search page in a real headless Chromium, against the real server. */
package fr.trouvaille.browser;
