package io.c360.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable examples of a Markdown document: every fenced {@code ```sh} block right after a
 * {@code <!-- example: name -->} line, cut into the shell commands a reader would paste one by one.
 * A command's expected HTTP status is the one its comment shows ({@code # -> 202 ...}, or several:
 * {@code # -> 200 ..., or 409 when ...}) on its lines or on the comment lines right below it;
 * without one, any 2xx.
 */
final class DocExamples {

  private static final Pattern MARKER = Pattern.compile("^<!--\\s*example:\\s*([\\w.-]+)\\s*-->$");
  private static final Pattern EXPECTED = Pattern.compile("->\\s*(\\d{3})\\b");
  private static final Pattern ALTERNATIVE = Pattern.compile("\\bor\\s+(\\d{3})\\b");
  private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*'?(\\w+)'?");
  private static final Pattern CURL = Pattern.compile("(^|[\\s|(;&])curl\\s");

  /** One command of a block: where it is in the document, its text, and the status it shows. */
  record Command(String file, int line, List<String> lines, List<Integer> expectedStatuses) {

    boolean callsCurl() {
      return lines.stream().anyMatch(l -> CURL.matcher(l).find());
    }

    String where() {
      return file + ":" + line;
    }
  }

  /** A marked block: its name, and its commands in order. */
  record Block(String name, List<Command> commands) {}

  private DocExamples() {}

  /** The marked blocks of {@code file} (a path relative to {@code root}), in document order. */
  static List<Block> read(Path root, String file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(root.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i).strip());
      if (!marker.matches()) {
        continue;
      }
      if (!lines.get(i + 1).strip().equals("```sh")) {
        throw new IllegalStateException(
            file + ":" + (i + 1) + ": an example marker must be followed by a ```sh block");
      }
      int start = i + 2;
      int end = start;
      while (end < lines.size() && !lines.get(end).strip().equals("```")) {
        end++;
      }
      blocks.add(new Block(marker.group(1), commands(file, lines, start, end)));
      i = end;
    }
    return blocks;
  }

  private static List<Command> commands(String file, List<String> lines, int start, int end) {
    List<Command> commands = new ArrayList<>();
    int i = start;
    while (i < end) {
      String first = lines.get(i).strip();
      if (first.isEmpty() || first.startsWith("#")) {
        i++;
        continue;
      }
      int from = i;
      List<String> text = new ArrayList<>();
      StringBuilder comments = new StringBuilder();
      Quoting quoting = new Quoting();
      String heredocEnd = null;
      while (i < end) {
        String line = lines.get(i++);
        text.add(line);
        Quoting.Scan scan = quoting.scan(line);
        comments.append(scan.comment()).append('\n');
        Matcher heredoc = HEREDOC.matcher(scan.code());
        if (heredocEnd == null && heredoc.find()) {
          heredocEnd = heredoc.group(1);
        }
        if (!scan.continues()) {
          break;
        }
      }
      if (heredocEnd != null) {
        while (i < end) {
          String line = lines.get(i++);
          text.add(line);
          if (line.strip().equals(heredocEnd)) {
            break;
          }
        }
      }
      // the answer a command shows may be on the comment lines right below it
      while (i < end && lines.get(i).strip().startsWith("# ->")) {
        comments.append(lines.get(i)).append('\n');
        i++;
      }
      commands.add(new Command(file, from + 1, List.copyOf(text), expected(comments)));
    }
    return commands;
  }

  /**
   * The statuses a command's comments show: {@code -> 202}, and any alternative after it ({@code ->
   * 200 ..., or 409 when ...}); none when they show no status.
   */
  private static List<Integer> expected(CharSequence comments) {
    Matcher first = EXPECTED.matcher(comments);
    if (!first.find()) {
      return List.of();
    }
    List<Integer> statuses = new ArrayList<>();
    statuses.add(Integer.parseInt(first.group(1)));
    Matcher more = ALTERNATIVE.matcher(comments);
    more.region(first.end(), comments.length());
    while (more.find()) {
      statuses.add(Integer.parseInt(more.group(1)));
    }
    return List.copyOf(statuses);
  }

  /** Single and double quotes, backslashes and comments of a shell command over its lines. */
  private static final class Quoting {

    record Scan(String code, String comment, boolean continues) {}

    private boolean single;
    private boolean dbl;

    Scan scan(String line) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (single) {
          single = ch != '\'';
        } else if (ch == '\\' && c + 1 < line.length()) {
          code.append(ch);
          ch = line.charAt(++c);
        } else if (ch == '\\') {
          return new Scan(code.toString(), "", true);
        } else if (dbl) {
          dbl = ch != '"';
        } else if (ch == '\'') {
          single = true;
        } else if (ch == '"') {
          dbl = true;
        } else if (ch == '#' && (c == 0 || Character.isWhitespace(line.charAt(c - 1)))) {
          return new Scan(code.toString(), line.substring(c), false);
        }
        code.append(ch);
      }
      return new Scan(code.toString(), "", single || dbl);
    }
  }
}
