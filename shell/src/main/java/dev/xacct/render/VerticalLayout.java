package dev.xacct.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The vertical layout (as {@code psql}'s expanded display): one block per record, a
 * {@code -[ RECORD n ]-} title, then one {@code name | value} line per column. For rows too wide
 * for the screen; the printer and the pager draw records through it.
 */
final class VerticalLayout {

    private final String[] names;
    private final int nameWidth;

    VerticalLayout(List<Column> columns) {
        this.names = new String[columns.size()];
        int width = 0;
        for (int i = 0; i < names.length; i++) {
            names[i] = CellText.oneLine(columns.get(i).name());
            width = Math.max(width, CellText.width(names[i]));
        }
        this.nameWidth = width;
    }

    int columnCount() {
        return names.length;
    }

    /** Lines a record takes: its title and one per column. */
    int linesPerRecord() {
        return names.length + 1;
    }

    /** Record {@code number} (from 1) as lines; {@code cells} as {@link TableLayout#cells} gives them. */
    List<String> record(long number, String[] cells) {
        List<String> lines = new ArrayList<>(names.length + 1);
        String title = "-[ RECORD " + number + " ]";
        lines.add(title + "-".repeat(Math.max(0, nameWidth + 3 - title.length())));
        for (int i = 0; i < names.length; i++) {
            lines.add((names[i] + " ".repeat(nameWidth - CellText.width(names[i])) + " | " + cells[i]).stripTrailing());
        }
        return lines;
    }
}
