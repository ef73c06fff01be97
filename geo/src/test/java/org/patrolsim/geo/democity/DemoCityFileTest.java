// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.democity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCityFileTest {
  private static final String PACKAGE_DIR = "org/patrolsim/geo/democity/";

  @Test
  void aCachedCityIsReusedOnlyUnderTheFingerprintItWasWrittenWith(@TempDir Path cache)
      throws Exception {
    Path first = DemoCityFile.inCache(cache, 1, "aaaa");
    // stands for the output of an older generator: it must be served to "aaaa" and to no one else
    Files.writeString(first, "<osm>written by an older generator</osm>");
    assertThat(DemoCityFile.inCache(cache, 1, "aaaa")).isEqualTo(first);
    assertThat(Files.readString(first)).contains("older generator");

    Path changed = DemoCityFile.inCache(cache, 1, "bbbb");
    assertThat(changed).isNotEqualTo(first);
    Path fresh = cache.resolve("fresh.osm");
    DemoCity.write(fresh, 1);
    assertThat(Files.mismatch(changed, fresh)).isEqualTo(-1L);
  }

  @Test
  void theCurrentGeneratorNamesItsFileByItsFingerprint(@TempDir Path cache) {
    Path osm = DemoCityFile.inCache(cache, 1);
    assertThat(osm.getFileName().toString())
        .isEqualTo("demo-city-size1-" + DemoCityFile.generatorFingerprint() + ".osm");
    assertThat(DemoCityFile.generatorFingerprint()).matches("[0-9a-f]{16}");
  }

  @Test
  void anyChangeToTheGeneratorsBytecodeChangesTheFingerprint(@TempDir Path dir) throws Exception {
    Path classes = copyOfGeneratorClasses(dir.resolve("classes"));
    String original =
        GeneratorFingerprint.hash(GeneratorFingerprint.fromFolder(classes, PACKAGE_DIR));

    Path demoCity = classes.resolve(PACKAGE_DIR + "DemoCity.class");
    byte[] bytes = Files.readAllBytes(demoCity);
    bytes[bytes.length / 2] ^= 1;
    Files.write(demoCity, bytes);
    String edited =
        GeneratorFingerprint.hash(GeneratorFingerprint.fromFolder(classes, PACKAGE_DIR));
    assertThat(edited).isNotEqualTo(original);

    Files.write(classes.resolve(PACKAGE_DIR + "NewStreetLayout.class"), new byte[] {1, 2, 3});
    String added = GeneratorFingerprint.hash(GeneratorFingerprint.fromFolder(classes, PACKAGE_DIR));
    assertThat(added).isNotEqualTo(edited).isNotEqualTo(original);
  }

  @Test
  void aJarAndAClassesFolderWithTheSameClassesGiveTheSameFingerprint(@TempDir Path dir)
      throws Exception {
    Path classes = copyOfGeneratorClasses(dir.resolve("classes"));
    Path jar = dir.resolve("geo.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(
          new JarEntry(PACKAGE_DIR + "sub/Other.class")); // a sub-package does not count
      out.write(new byte[] {9});
      try (var files = Files.newDirectoryStream(classes.resolve(PACKAGE_DIR))) {
        for (Path f : files) {
          out.putNextEntry(new JarEntry(PACKAGE_DIR + f.getFileName()));
          out.write(Files.readAllBytes(f));
        }
      }
    }
    assertThat(GeneratorFingerprint.hash(GeneratorFingerprint.fromJar(jar, PACKAGE_DIR)))
        .isEqualTo(
            GeneratorFingerprint.hash(GeneratorFingerprint.fromFolder(classes, PACKAGE_DIR)));
  }

  /** The generator's class files as loaded by this test run, copied into a folder of our own. */
  private static Path copyOfGeneratorClasses(Path root) throws Exception {
    Path target = Files.createDirectories(root.resolve(PACKAGE_DIR));
    for (String name :
        new String[] {"DemoCity.class", "DemoCityFile.class", "GeneratorFingerprint.class"}) {
      try (var in = DemoCity.class.getResourceAsStream(name);
          OutputStream out = Files.newOutputStream(target.resolve(name))) {
        in.transferTo(out);
      }
    }
    return root;
  }
}
