/** Hello: the example plugin of the Atrium SDK guide. Its plugin headers come from the pom's properties. */
package io.atrium.examples.hello;
