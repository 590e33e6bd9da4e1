package vn.gov.thads.bcd.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganisationFileReaderTest {

  @Test
  void shippedFileDescribesAnGiangAfterTheMerger() {
    Organisation org =
        OrganisationFileReader.read(new ClassPathResource("organisation/an-giang.yml"));
    assertThat(org.province()).isEqualTo("An Giang");
    assertThat(org.agencies().stream().filter(a -> a.role() == AgencyRole.THADS_REGIONAL))
        .hasSize(15);
    assertThat(org.agency("thads-tinh"))
        .get()
        .extracting(Agency::role)
        .isEqualTo(AgencyRole.STANDING_DEPUTY);
    assertThat(org.agency("ubnd-tinh")).get().extracting(Agency::role).isEqualTo(AgencyRole.CHAIR);
    assertThat(org.agency("vks-tinh")).get().extracting(Agency::role).isEqualTo(AgencyRole.INVITED);
    assertThat(org.agencies())
        .extracting(Agency::id)
        .contains(
            "so-tu-phap",
            "so-tai-chinh",
            "so-nn-mt",
            "cong-an-tinh",
            "toa-an-tinh",
            "nhnn-chi-nhanh");
    assertThat(org.agencyOf("chv.kv01")).get().extracting(Agency::id).isEqualTo("thads-kv01");
    assertThat(org.people()).allSatisfy(p -> assertThat(p.email()).endsWith(".example"));
    assertThat(org.agencies()).allSatisfy(a -> assertThat(a.headEmail()).endsWith(".example"));
  }

  @Test
  void everyProblemIsReportedWithItsEntry() {
    String yaml =
        """
        province: An Giang
        agencies:
          - id: ubnd-tinh
            name: UBND tỉnh
            role: chair
            reminderEmails: [a@ubnd.example]
            headEmail: b@ubnd.example
          - id: thads-tinh
            name: THADS tỉnh
            role: standing-deputy
            reminderEmails: [khong-phai-dia-chi]
            headEmail: c@thads.example
          - id: thads-tinh
            name: Trùng mã
            role: member
            reminderEmails: [d@x.example]
            headEmail: e@x.example
          - id: so-xyz
            name: Sở XYZ
            role: department
            reminderEmails: []
            headEmail: f@x.example
        people:
          - login: nguoi1
            fullName: Nguyễn Văn Một
            email: mot@x.example
            agency: khong-ton-tai
            roles: [staff]
          - login: Người Hai
            fullName: ""
            email: hai@x.example
            agency: ubnd-tinh
            roles: [secretariat]
        """;
    assertThatThrownBy(() -> OrganisationFileReader.read(resource(yaml)))
        .isInstanceOf(InvalidOrganisationException.class)
        .satisfies(
            e ->
                assertThat(((InvalidOrganisationException) e).problems())
                    .contains(
                        "đơn vị thứ 2 'thads-tinh', reminderEmails: địa chỉ thư điện tử 'khong-phai-dia-chi' không hợp lệ",
                        "đơn vị thứ 3 'thads-tinh': mã đơn vị bị trùng",
                        "đơn vị thứ 4 'so-xyz': vai trò đơn vị 'department' không hợp lệ (chỉ nhận: chair, standing-deputy, "
                            + "secretariat, member, invited, thads-regional, commune)",
                        "đơn vị thứ 4 'so-xyz': cần ít nhất một địa chỉ nhận nhắc việc (reminderEmails)",
                        "người thứ 1 'nguoi1': đơn vị 'khong-ton-tai' không có trong danh sách đơn vị",
                        "người thứ 2 'Người Hai': thiếu họ và tên (fullName)",
                        "chưa có đơn vị nào mang vai trò 'secretariat'"))
        .hasMessageContaining("người thứ 2 'Người Hai': tên đăng nhập (login)");
  }

  @Test
  void unknownFieldAndBrokenYamlAreRefused() {
    assertThatThrownBy(() -> OrganisationFileReader.read(resource("province: X\nagencys: []\n")))
        .isInstanceOf(InvalidOrganisationException.class)
        .hasMessageContaining("agencys");
    assertThatThrownBy(() -> OrganisationFileReader.read(resource("province: [X\n")))
        .isInstanceOf(InvalidOrganisationException.class)
        .hasMessageContaining("sai cú pháp YAML");
  }

  @Test
  void vietnameseNamesDisplayInOrder() {
    assertThat(OrganisationImporter.splitName("Nguyễn  Văn An"))
        .containsExactly("Nguyễn Văn", "An");
    assertThat(OrganisationImporter.splitName("Tâm")).containsExactly("Tâm", "");
  }

  private static ByteArrayResource resource(String yaml) {
    return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "tệp thử");
  }
}
