package hello;

import java.nio.file.Files;
import java.nio.file.Path;

public final class Main {
    public static void main(String[] args) throws Exception {
        var file = System.getenv().getOrDefault("HELLO_GREETINGS", "/etc/hello/greetings.txt");
        for (var line : Files.readAllLines(Path.of(file))) {
            System.out.println(line);
        }
    }
}
