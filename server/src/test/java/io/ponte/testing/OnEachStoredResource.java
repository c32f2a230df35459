package io.ponte.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per stored resource the server declares, on each database, handing it the running
 * {@link PonteServer} and the {@code io.ponte.resources.StoredResource}: a resource declared tomorrow is tested
 * without anyone adding it to a list.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachStoredResourceExtension.class)
public @interface OnEachStoredResource {
}
