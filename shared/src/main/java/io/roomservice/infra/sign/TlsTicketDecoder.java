package io.roomservice.infra.sign;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.json.JSONObject;

/**
 * Turns a UserSig or PrivateMapKey string back into its fields: URL-safe or standard base64, then
 * zlib, then JSON. Checks structure only; {@link TlsTicketVerifier} checks the signature.
 */
final class TlsTicketDecoder {
    /** Real tickets are a few hundred characters; the caps keep hostile input cheap. */
    static final int MAX_ENCODED_CHARS = 8 * 1024;
    static final int MAX_INFLATED_BYTES = 8 * 1024;

    private static final String SUPPORTED_VERSION = "2.0";
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    /** Why a ticket could not be decoded. Messages describe structure only, never ticket contents. */
    static final class MalformedTicketException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedTicketException(String message) {
            super(message, null, false, false);
        }
    }

    private TlsTicketDecoder() {
    }

    static TlsTicket decode(String encoded) throws MalformedTicketException {
        byte[] compressed = base64Decode(encoded);
        String json = utf8(inflate(compressed));
        return fromJson(json);
    }

    private static byte[] base64Decode(String encoded) throws MalformedTicketException {
        if (encoded == null || encoded.isEmpty()) {
            throw new MalformedTicketException("ticket is empty");
        }
        if (encoded.length() > MAX_ENCODED_CHARS) {
            throw new MalformedTicketException("ticket is longer than " + MAX_ENCODED_CHARS + " characters");
        }
        // tls-sig-api-v2 swaps + / = for * - _ so the ticket survives a URL unescaped.
        String standard = encoded.replace('*', '+').replace('-', '/').replace('_', '=');
        try {
            return Base64.getDecoder().decode(standard);
        } catch (IllegalArgumentException e) {
            throw new MalformedTicketException("ticket is not base64");
        }
    }

    private static byte[] inflate(byte[] compressed) throws MalformedTicketException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            // One spare byte tells "exactly at the limit" apart from "over the limit".
            byte[] out = new byte[MAX_INFLATED_BYTES + 1];
            int length = 0;
            while (!inflater.finished() && length < out.length) {
                int produced = inflater.inflate(out, length, out.length - length);
                if (produced == 0 && !inflater.finished()) {
                    throw new MalformedTicketException("ticket's zlib stream is truncated or needs a dictionary");
                }
                length += produced;
            }
            if (length > MAX_INFLATED_BYTES) {
                throw new MalformedTicketException("ticket inflates beyond " + MAX_INFLATED_BYTES + " bytes");
            }
            if (!inflater.finished() || inflater.getRemaining() > 0) {
                throw new MalformedTicketException("ticket's zlib stream is incomplete or has trailing bytes");
            }
            byte[] result = new byte[length];
            System.arraycopy(out, 0, result, 0, length);
            return result;
        } catch (DataFormatException e) {
            throw new MalformedTicketException("ticket is not zlib data");
        } finally {
            inflater.end();
        }
    }

    private static String utf8(byte[] bytes) throws MalformedTicketException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedTicketException("ticket JSON is not UTF-8");
        }
    }

    private static TlsTicket fromJson(String json) throws MalformedTicketException {
        JSONObject doc;
        try {
            doc = new JSONObject(json);
        } catch (RuntimeException e) { // org.json throws JSONException, and a few others on odd input
            throw new MalformedTicketException("ticket is not a JSON object");
        }
        if (!SUPPORTED_VERSION.equals(doc.opt("TLS.ver"))) {
            throw new MalformedTicketException("ticket TLS.ver is not " + SUPPORTED_VERSION);
        }
        String identifier = requiredText(doc, "TLS.identifier");
        long sdkAppId = requiredUint32(doc, "TLS.sdkappid");
        long lifetime = requiredUint32(doc, "TLS.expire");
        long issuedAt = requiredUint32(doc, "TLS.time");
        byte[] signature = standardBase64(requiredText(doc, "TLS.sig"), "TLS.sig");

        String userBufBase64 = null;
        UserBuf userBuf = null;
        if (doc.has("TLS.userbuf")) {
            userBufBase64 = requiredText(doc, "TLS.userbuf");
            try {
                userBuf = UserBuf.parse(standardBase64(userBufBase64, "TLS.userbuf"));
            } catch (IllegalArgumentException e) {
                throw new MalformedTicketException("ticket TLS.userbuf is not a valid userbuf");
            }
        }
        return new TlsTicket(identifier, sdkAppId, issuedAt, lifetime, userBufBase64, userBuf, signature);
    }

    private static String requiredText(JSONObject doc, String field) throws MalformedTicketException {
        Object value = doc.opt(field);
        if (!(value instanceof String) || ((String) value).isEmpty()) {
            throw new MalformedTicketException("ticket " + field + " is missing or not a non-empty string");
        }
        return (String) value;
    }

    private static long requiredUint32(JSONObject doc, String field) throws MalformedTicketException {
        Object value = doc.opt(field);
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (number >= 0 && number <= MAX_UINT32) {
                return number;
            }
        }
        throw new MalformedTicketException("ticket " + field + " is missing or not an integer in 0..4294967295");
    }

    private static byte[] standardBase64(String value, String field) throws MalformedTicketException {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedTicketException("ticket " + field + " is not base64");
        }
    }
}
