package io.ponte.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once, handing it a running {@link PonteServer}: on the external PostgreSQL when
 * {@code PONTE_TEST_DB_URL} is set (as on CI, the kind a deployment of several instances uses), else on the
 * embedded one. For slow tests whose subject is not the kind of database.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachDatabaseExtension.class)
public @interface OnOneDatabase {
}
