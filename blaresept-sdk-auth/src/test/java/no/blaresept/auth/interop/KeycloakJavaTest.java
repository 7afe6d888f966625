package no.blaresept.auth.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeycloakJavaTest {

    @TempDir
    Path jvms;

    @ParameterizedTest
    @CsvSource({"1.8.0_402, 8", "17.0.15, 17", "21, 21", "25.0.3, 25", "26-ea, 26"})
    void featureVersionIsReadFromTheReleaseFile(String javaVersion, int feature) throws IOException {
        Path home = javaHome("jdk", javaVersion);

        assertThat(KeycloakJava.featureVersion(home)).contains(feature);
    }

    @Test
    void newestPicksTheHighestJavaThatKeycloakSupports() throws IOException {
        List<Path> candidates = List.of(javaHome("jdk17", "17.0.15"), javaHome("jdk25", "25.0.3"),
                javaHome("jdk21", "21.0.9"));

        assertThat(KeycloakJava.newest(candidates)).contains(jvms.resolve("jdk25"));
    }

    @Test
    void newestFindsNothingWhenEveryJavaIsTooOld() throws IOException {
        assertThat(KeycloakJava.newest(List.of(javaHome("jdk17", "17.0.15"), javaHome("jdk11", "11.0.2")))).isEmpty();
    }

    @Test
    void directoriesWithoutLauncherOrReleaseFileAreSkipped() throws IOException {
        Path noLauncher = Files.createDirectories(jvms.resolve("no-launcher"));
        Files.writeString(noLauncher.resolve("release"), "JAVA_VERSION=\"25\"\n");
        Path noRelease = Files.createDirectories(jvms.resolve("no-release/bin"));
        executable(noRelease.resolve("java"));

        assertThat(KeycloakJava.newest(List.of(noLauncher, noRelease.getParent(), jvms.resolve("absent")))).isEmpty();
    }

    private Path javaHome(String name, String javaVersion) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/java"));
        // JAVA_RUNTIME_VERSION comes first in real files and must not be mistaken for JAVA_VERSION.
        Files.writeString(home.resolve("release"),
                "JAVA_RUNTIME_VERSION=\"99.0.0\"\nJAVA_VERSION=\"" + javaVersion + "\"\nOS_NAME=\"Linux\"\n");
        return home;
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
