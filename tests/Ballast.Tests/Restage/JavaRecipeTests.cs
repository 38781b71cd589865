using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Rewrite.Restage;
using Ballast.Text;

namespace Ballast.Tests.Restage;

/// <summary>How the Java recipe recognises builds, finds the jar and says why not.</summary>
public sealed class JavaRecipeTests
{
    private static readonly JavaRecipe Recipe =
        new(BaseImageCatalog.Default, PackageFacts.Default);

    private static Recognition Recognise(string text)
    {
        var model = DockerfileModel.Parse(text);
        return Recipe.Recognise(model, model.Stages[0]);
    }

    private static RestageResult Restage(string text) =>
        Recipe.Restage(DockerfileModel.Parse(text), null);

    private static string Final(RestageResult result) =>
        result.Text[result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)..];

    private static string Builder(RestageResult result) =>
        result.Text[..result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)];

    [Fact]
    public void A_maven_package_on_a_temurin_maven_image_is_recognised()
    {
        var recognition = Recognise("""
            FROM maven:3.9-eclipse-temurin-17
            WORKDIR /app
            COPY . .
            RUN mvn -B package
            """);

        Assert.True(recognition.Recognised);
    }

    [Fact]
    public void A_gradle_wrapper_boot_jar_is_recognised()
    {
        var recognition = Recognise("""
            FROM eclipse-temurin:21-jdk
            WORKDIR /app
            COPY . .
            RUN ./gradlew bootJar --no-daemon
            """);

        Assert.True(recognition.Recognised);
    }

    [Fact]
    public void A_jre_image_is_not_recognised()
    {
        var recognition = Recognise("""
            FROM eclipse-temurin:17-jre
            COPY app.jar /app.jar
            CMD ["java", "-jar", "/app.jar"]
            """);

        Assert.False(recognition.Recognised);
        Assert.Contains("not a JDK image", recognition.Reason);
    }

    [Fact]
    public void A_jdk_image_that_builds_no_jar_is_not_recognised()
    {
        var recognition = Recognise("""
            FROM eclipse-temurin:17-jdk
            RUN mvn -B test
            """);

        Assert.False(recognition.Recognised);
        Assert.Contains("mvn package", recognition.Reason);
    }

    [Fact]
    public void The_jar_keeps_the_path_java_jar_runs_it_from()
    {
        var result = Restage("""
            FROM eclipse-temurin:17-jdk-jammy
            WORKDIR /app
            COPY . .
            RUN ./mvnw -B package && cp target/shop-1.0.jar /opt/shop.jar
            ENTRYPOINT ["java", "-jar", "/opt/shop.jar"]
            """);

        var final = Final(result);
        Assert.StartsWith("FROM eclipse-temurin:17-jre-jammy", final);
        Assert.Contains("COPY --from=builder /opt/shop.jar /opt/shop.jar", final);
        Assert.Contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/shop.jar\"]", final);
    }

    [Fact]
    public void The_maven_wrapper_files_come_before_the_sources_with_a_dependency_download()
    {
        var result = Restage("""
            FROM eclipse-temurin:17-jdk-jammy
            WORKDIR /app
            COPY . .
            RUN ./mvnw -B package
            CMD ["java", "-jar", "target/app.jar"]
            """);

        var builder = Builder(result);
        Assert.Contains("COPY mvnw pom.xml ./\nCOPY .mvn/ ./.mvn/\n"
            + "RUN ./mvnw -B dependency:go-offline\n\nCOPY . .", builder);
    }

    [Fact]
    public void An_offline_build_gets_no_dependency_download()
    {
        var result = Restage("""
            FROM maven:3.9-eclipse-temurin-21
            WORKDIR /app
            COPY . .
            RUN mvn -o -B package
            CMD ["java", "-jar", "target/app.jar"]
            """);

        Assert.True(result.Restaged);
        Assert.DoesNotContain("go-offline", result.Text);
    }

    [Fact]
    public void Build_files_the_original_copied_first_get_no_second_download()
    {
        var result = Restage("""
            FROM maven:3.9-eclipse-temurin-21
            WORKDIR /app
            COPY pom.xml .
            RUN mvn -B dependency:go-offline
            COPY src ./src
            RUN mvn -B package
            CMD ["java", "-jar", "target/app.jar"]
            """);

        Assert.Single(result.Text.Split("go-offline").Skip(1));
    }

    [Fact]
    public void A_wildcard_jar_in_shell_form_is_copied_into_its_folder()
    {
        var result = Restage("""
            FROM gradle:8-jdk17
            WORKDIR /home/gradle/app
            COPY . .
            RUN gradle build --no-daemon
            CMD java -jar build/libs/*.jar
            """);

        Assert.Contains("COPY --from=builder /home/gradle/app/build/libs/*.jar "
            + "/home/gradle/app/build/libs/\n", Final(result));
    }

    [Fact]
    public void A_wildcard_jar_in_exec_form_is_skipped_because_no_shell_expands_it()
    {
        var result = Restage("""
            FROM gradle:8-jdk17
            WORKDIR /app
            COPY . .
            RUN gradle build
            CMD ["java", "-jar", "build/libs/*.jar"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("wildcard", result.SkippedBecause);
    }

    [Fact]
    public void A_class_path_launch_is_skipped_because_the_jar_is_not_clear()
    {
        var result = Restage("""
            FROM eclipse-temurin:17-jdk
            WORKDIR /app
            COPY . .
            RUN mvn -B package
            CMD ["java", "-cp", "target/classes", "shop.Main"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("java -jar", result.SkippedBecause);
    }

    [Fact]
    public void Spring_boot_run_without_the_context_is_skipped_with_the_reason()
    {
        var result = Restage("""
            FROM maven:3.9-eclipse-temurin-17
            WORKDIR /app
            COPY . .
            RUN mvn -B package
            CMD ["mvn", "spring-boot:run"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("spring-boot:run", result.SkippedBecause);
        Assert.Contains("context", result.SkippedBecause);
    }

    [Fact]
    public void A_maven_image_without_the_jdk_release_in_its_tag_is_skipped()
    {
        var result = Restage("""
            FROM maven:3.9
            WORKDIR /app
            COPY . .
            RUN mvn -B package
            CMD ["java", "-jar", "target/app.jar"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("does not name a Temurin JDK release", result.SkippedBecause);
    }

    [Fact]
    public void An_openjdk_build_runs_on_the_temurin_jre_and_says_openjdk_is_deprecated()
    {
        var result = Restage("""
            FROM openjdk:17
            WORKDIR /src
            COPY Main.java .
            RUN javac Main.java && jar cfe app.jar Main Main.class
            CMD ["java", "-jar", "/src/app.jar"]
            """);

        Assert.StartsWith("FROM eclipse-temurin:17-jre\n", Final(result));
        Assert.Contains(result.Changes, change => change.Reason.Contains("deprecated"));
    }

    [Fact]
    public void The_jar_commands_long_options_name_the_jar()
    {
        var result = Restage("""
            FROM eclipse-temurin:21-jdk-alpine
            WORKDIR /src
            COPY . .
            RUN javac -d out Main.java && jar --create --file /out/tool.jar -e Main -C out .
            ENTRYPOINT ["java", "-jar", "/out/tool.jar"]
            """);

        var final = Final(result);
        Assert.StartsWith("FROM eclipse-temurin:21-jre-alpine", final);
        Assert.Contains("COPY --from=builder /out/tool.jar /out/tool.jar", final);
    }

    [Fact]
    public void Apk_packages_on_an_alpine_jdk_are_declined_as_a_limitation()
    {
        var result = Restage("""
            FROM eclipse-temurin:21-jdk-alpine
            RUN apk add --no-cache curl
            WORKDIR /src
            COPY . .
            RUN ./gradlew build
            ENTRYPOINT ["java", "-jar", "build/libs/app.jar"]
            """);

        Assert.False(result.Restaged);
        Assert.StartsWith("Limitation:", result.SkippedBecause);
    }

    [Fact]
    public void Fixer_leaves_a_multi_stage_java_file_alone()
    {
        var result = Fixer.Default.Fix(
            new SourceText("""
                FROM maven:3.9-eclipse-temurin-17 AS build
                WORKDIR /app
                COPY . .
                RUN mvn -B package
                FROM eclipse-temurin:17-jre
                COPY --from=build /app/target/app.jar /app.jar
                CMD ["java", "-jar", "/app.jar"]
                """, "Dockerfile"),
            new FixOptions(MultiStage: true));

        Assert.Contains(result.Notes, note => note.Contains("several stages",
            StringComparison.Ordinal));
        Assert.False(result.Changed);
    }
}
