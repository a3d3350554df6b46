package io.roomservice.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void phonesBecomePlusCountryCodeForm() {
        assertEquals("+8615800001111", Contact.phone("15800001111", "86").value());
        assertEquals("+8615800001111", Contact.phone("8615800001111", "86").value());
        assertEquals("+8615800001111", Contact.phone("+86 158-0000-1111", "86").value());
        assertEquals("+447700900123", Contact.phone("0044 7700 900123", "86").value());
        assertEquals("+447700900123", Contact.phone("07700900123", "44").value());
    }

    @Test
    void nonsenseIsRefused() {
        assertEquals(AccountException.Reason.BAD_INPUT,
                assertThrows(AccountException.class, () -> Contact.phone("call me", "86")).reason());
        assertEquals(AccountException.Reason.BAD_INPUT,
                assertThrows(AccountException.class, () -> Contact.phone("+0123", "86")).reason());
        assertEquals(AccountException.Reason.BAD_EMAIL,
                assertThrows(AccountException.class, () -> Contact.email("not-an-address")).reason());
    }

    @Test
    void emailsCompareInLowerCase() {
        assertEquals("alice@example.org", Contact.email(" Alice@Example.ORG ").value());
    }
}
