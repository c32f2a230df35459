package io.ponte.api;

/**
 * Encrypts what the server keeps at rest, bound to its owner (a value copied to another owner does not decrypt).
 * Declared here so the shared HTTP plumbing can keep secrets without depending on a feature package; the
 * server's encryption key implements it ({@code io.ponte.links.CredentialCipher}).
 */
public interface AtRestEncryption {

	byte[] encrypt(String plaintext, String owner);

	String decrypt(byte[] stored, String owner);

}
