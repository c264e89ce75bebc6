/** JUnit 5 and Spring TestContext support that starts one devstack per test JVM. */
@NullMarked
package io.c360.devstack.test;

import org.jspecify.annotations.NullMarked;
