package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.source.Problems;
import org.junit.jupiter.api.Test;

/**
 * What people write stays within the limits: each case here was refused by a first version of
 * the checks, found by running them over 678 Markdown files on this machine (only files over
 * 256 KiB are refused now). What is refused is in {@code HostileContentTest}.
 */
class MarkdownLimitsTest {

    @Test
    void aGlossaryOfBoldTermsFollowedByPunctuationNestsNothing() {
        assertWithin("* **Term**: what it means, with a [link][].\n".repeat(200));
    }

    @Test
    void spacesAfterAListMarkerAreItsContentNotDeeperLevels() {
        assertWithin("*" + " ".repeat(70) + "*\n");
        assertWithin("- " + " ".repeat(60) + "- x\n");
    }

    @Test
    void listsTenLevelsDeepAndLongRulesAreFine() {
        StringBuilder lists = new StringBuilder();
        for (int level = 0; level < 10; level++) {
            lists.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        assertWithin(lists + "\n" + "*".repeat(200) + "\n\n" + "- - - - - - - - - -\n");
    }

    @Test
    void snakeCaseAndArithmeticAreNotEmphasis() {
        assertWithin("a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_q_r_s_t_u_v_w_x_y_z and 2 * 3 * 4 * 5\n".repeat(100));
    }

    @Test
    void theFortyFirstNestedQuoteIsNamedAtItsColumn() {
        Problems problems = new Problems("content/pages/x.md");

        assertEquals(false, MarkdownLimits.check("> ".repeat(40) + "x\n", 4, problems));

        assertEquals("content/pages/x.md:4:65: quotes and lists are nested more than 32 levels deep here; "
                + "flatten the structure", problems.errors().get(0).toString());
    }

    private static void assertWithin(String body) {
        Problems problems = new Problems("content/pages/x.md");
        assertTrue(MarkdownLimits.check(body, 4, problems), () -> problems.errors().toString());
    }
}
