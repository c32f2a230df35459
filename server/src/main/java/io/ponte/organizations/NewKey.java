package io.ponte.organizations;

import io.ponte.api.Environment;
import java.util.UUID;

/** A freshly created key: the only moment the secret password is known in clear. */
public record NewKey(UUID organizationId, String secretId, String secretPassword, Environment environment) {
}
