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
    // Since 07/2025 each regional office works with its own regional court and procuracy.
    assertThat(org.jurisdictionOf("thads-kv07"))
        .contains(new Jurisdiction("toa-an-kv07", "vks-kv07", "cong-an-tinh"));
    assertThat(org.jurisdictionOf("thads-tinh"))
        .contains(new Jurisdiction("toa-an-tinh", "vks-tinh", "cong-an-tinh"));
    assertThat(org.agenciesOfKind(AgencyKind.COURT)).hasSize(16);
    assertThat(org.agenciesOfKind(AgencyKind.PEOPLES_COMMITTEE))
        .extracting(Agency::id)
        .contains("ubnd-tinh", "ubnd-p-rach-gia");
    assertThat(org.agency("toa-an-kv01").orElseThrow().name())
        .isEqualTo("Tòa án nhân dân khu vực 1 – An Giang");
    assertThat(org.agencies())
        .extracting(Agency::id)
        .contains("van-phong-ubnd-tinh", "cuc-ql-thads");
    assertThat(org.agency("nhnn-chi-nhanh").orElseThrow().name())
        .startsWith("Ngân hàng Nhà nước Khu vực");
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
                            + "secretariat, member, invited, thads-regional, commune, partner)",
                        "đơn vị thứ 4 'so-xyz': cần ít nhất một địa chỉ nhận nhắc việc (reminderEmails)",
                        "người thứ 1 'nguoi1': đơn vị 'khong-ton-tai' không có trong danh sách đơn vị",
                        "người thứ 2 'Người Hai': thiếu họ và tên (fullName)",
                        "chưa có đơn vị nào mang vai trò 'secretariat'"))
        .hasMessageContaining("người thứ 2 'Người Hai': tên đăng nhập (login)");
  }

  @Test
  void enforcementOfficesNameTheirCourtProcuracyAndPoliceOfTheRightKind() {
    String yaml =
        """
        province: An Giang
        agencies:
          - { id: ubnd-tinh, name: UBND tỉnh, role: chair, kind: people-committee,
              reminderEmails: [a@x.example], headEmail: a@x.example }
          - { id: to-thu-ky, name: Tổ Thư ký, role: secretariat,
              reminderEmails: [a@x.example], headEmail: a@x.example }
          - { id: thads-tinh, name: THADS tỉnh, role: standing-deputy,
              reminderEmails: [a@x.example], headEmail: a@x.example }
          - { id: thads-kv01, name: Phòng THADS khu vực 1, role: thads-regional,
              jurisdiction: { court: ubnd-tinh, procuracy: vks-khong-co },
              reminderEmails: [a@x.example], headEmail: a@x.example }
          - { id: so-tu-phap, name: Sở Tư pháp, role: member, kind: tòa-án,
              jurisdiction: { court: ubnd-tinh, procuracy: ubnd-tinh, police: ubnd-tinh },
              reminderEmails: [a@x.example], headEmail: a@x.example }
        people: []
        """;
    assertThatThrownBy(() -> OrganisationFileReader.read(resource(yaml)))
        .isInstanceOf(InvalidOrganisationException.class)
        .satisfies(
            e ->
                assertThat(((InvalidOrganisationException) e).problems())
                    .containsExactlyInAnyOrder(
                        "đơn vị thứ 3 'thads-tinh': cơ quan thi hành án cần khai báo địa bàn (jurisdiction):"
                            + " Tòa án (court), Viện Kiểm sát (procuracy) và Công an (police) phối hợp",
                        "đơn vị thứ 5 'so-tu-phap': loại cơ quan (kind) 'tòa-án' không hợp lệ (chỉ nhận: court,"
                            + " procuracy, police, people-committee, other)",
                        "đơn vị thứ 5 'so-tu-phap': chỉ cơ quan thi hành án mới khai báo địa bàn (jurisdiction)"
                            + " phối hợp",
                        "đơn vị 'thads-kv01', địa bàn (jurisdiction): 'ubnd-tinh' (court) phải là đơn vị có"
                            + " loại (kind) 'court', nhưng đang là 'people-committee'",
                        "đơn vị 'thads-kv01', địa bàn (jurisdiction): Viện Kiểm sát 'vks-khong-co' (procuracy)"
                            + " không có trong danh sách đơn vị",
                        "đơn vị 'thads-kv01', địa bàn (jurisdiction): thiếu Công an (police)",
                        // thads-tinh was refused above, so the file has no valid standing deputy
                        "chưa có đơn vị nào mang vai trò 'standing-deputy'"));
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
