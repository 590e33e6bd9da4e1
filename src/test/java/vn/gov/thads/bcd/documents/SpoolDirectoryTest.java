package vn.gov.thads.bcd.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setting bcd.documents.spool-directory: empty is the system's temporary folder, a missing
 * folder is created, and a path that cannot be a folder stops the start-up with a Vietnamese
 * message naming the setting.
 */
class SpoolDirectoryTest {

  @TempDir Path temp;

  @Test
  void emptyIsTheSystemsTemporaryFolderAndAMissingFolderIsCreated() {
    assertThat(CaseDocuments.spoolDirectory(" "))
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    Path wanted = temp.resolve("bcd").resolve("spool");
    assertThat(CaseDocuments.spoolDirectory(" " + wanted + " ")).isEqualTo(wanted).isDirectory();
  }

  @Test
  void aFileWhereTheFolderShouldBeStopsTheStartUp() throws Exception {
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> CaseDocuments.spoolDirectory(file.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("bcd.documents.spool-directory: không tạo được thư mục " + file);
  }
}
