package io.ponte.connectors;

/**
 * A pending MFA challenge, shown to the user as Belvo's {@code token_generation_data}.
 *
 * @param type {@code numeric}, {@code qr} or {@code text}
 * @param value the QR payload or challenge code to show, or null
 * @param state opaque connector state needed to verify the answer (stored with the MFA session)
 */
public record MfaChallenge(String instructions, String type, String value, boolean expectsUserInput, String state) {
}
