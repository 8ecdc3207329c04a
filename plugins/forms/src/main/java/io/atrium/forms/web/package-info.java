/**
 * The forms plugin's pages: the forms list, the designer, filling a form, the records list and a
 * record's detail. Controllers are view-scoped DS components reached from the Facelets views under
 * {@code META-INF/resources/forms/}; every page checks its permission here as well as in the facades.
 */
package io.atrium.forms.web;
