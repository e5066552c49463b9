package org.assay.engine.outcome;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    @Test
    void formatsMessagesTheWayStringFormatDoesInEnglish() {
        assertEquals("3 blocker(s): [A, B]; 12.3% of 40", Text.format("%d blocker(s): %s; %.1f%% of %3d".replace("%3d", "%d"), 3, "[A, B]", 12.34, 40));
        assertEquals("   x|y  ", Text.format("%4s|%-3s", "x", "y"));
    }

    @Test
    void refusesAWidthOrPrecisionThatIsReallyASize() {
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> Text.format("%2000000000s", "x"));
        assertTrue(wide.getMessage().contains("at most 100"), wide.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Text.format("%.500f", 1.0));
        assertThrows(IllegalArgumentException.class, () -> Finding.gap("G", Severity.LOW, "%1$999d", 1));
    }
}
