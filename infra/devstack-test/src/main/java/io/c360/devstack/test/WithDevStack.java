package io.c360.devstack.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against the shared devstack: one real Kafka broker and DynamoDB Local per
 * test JVM, in a child JVM, with every catalog topic and table created. Before any Spring test
 * context of the class is created, the connection properties are set as system properties (see
 * {@link DevStackExtension}), whatever the order of the annotations on the class; {@link
 * DevStackExtension#stack()} gives the running stack.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DevStackExtension.class)
public @interface WithDevStack {}
