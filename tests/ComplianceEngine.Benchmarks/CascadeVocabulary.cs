namespace ComplianceEngine.Benchmarks;

/// <summary>
/// The words the generated national cascade is written with (constructed for the benchmark, not taken from any real
/// plan): distinct task themes — each with its own vocabulary, so that a task left out of a child is not "covered" by
/// another one — provinces, departments and the units under them.
/// </summary>
internal static class CascadeVocabulary
{
    /// <summary>A task theme: its title and one sentence of content, each in words no other theme uses.</summary>
    public sealed record Theme(string Title, string Content);

    public static readonly Theme[] Themes =
    [
        new("Rà soát văn bản quy phạm pháp luật có nội dung liên quan đến giới", "kiến nghị sửa đổi những quy định còn định kiến, chưa bảo đảm đối xử ngang nhau giữa nam và nữ"),
        new("Tập huấn kỹ năng lồng ghép giới trong xây dựng chính sách", "trang bị phương pháp phân tích tác động giới cho người soạn thảo đề án, chương trình"),
        new("Phổ biến Luật Bình đẳng giới qua hệ thống loa truyền thanh cơ sở", "phát các chuyên mục ngắn vào khung giờ buổi sáng tại thôn, bản, tổ dân phố"),
        new("Biên soạn tờ rơi về chia sẻ việc nhà giữa vợ và chồng", "in và phát tận hộ gia đình trẻ mới kết hôn"),
        new("Tổ chức cuộc thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình", "thi trực tuyến và sân khấu hóa tại nhà văn hóa"),
        new("Khảo sát thực trạng việc làm của lao động nữ khu công nghiệp", "thu thập phiếu hỏi về thu nhập, ca kíp, nhà trọ và nhà trẻ cho con công nhân"),
        new("Hỗ trợ phụ nữ nông thôn vay vốn khởi nghiệp", "kết nối ngân hàng chính sách xã hội với tổ tiết kiệm của chi hội"),
        new("Đào tạo nghề ngắn hạn cho phụ nữ dân tộc thiểu số", "mở lớp may công nghiệp, chế biến nông sản, dệt thổ cẩm"),
        new("Quy hoạch nguồn cán bộ nữ trẻ", "giới thiệu nữ cán bộ dưới 35 tuổi vào danh sách dự nguồn chức danh lãnh đạo"),
        new("Bồi dưỡng nữ đại biểu Hội đồng nhân dân về kỹ năng chất vấn", "tổ chức diễn đàn trao đổi kinh nghiệm tiếp xúc cử tri"),
        new("Kiểm tra việc thực hiện chế độ thai sản cho người lao động", "đối chiếu hồ sơ bảo hiểm xã hội, ngày nghỉ sinh con và trợ cấp một lần"),
        new("Thanh tra các cơ sở siêu âm để ngăn lựa chọn giới tính thai nhi", "xử phạt hành vi tiết lộ giới tính thai nhi, niêm yết quy định tại phòng khám"),
        new("Theo dõi tỷ số giới tính khi sinh", "tổng hợp số trẻ sinh ra theo giới từ sổ khai sinh của trạm y tế"),
        new("Tư vấn sức khỏe sinh sản cho vị thành niên", "đặt góc tư vấn thân thiện tại trường trung học cơ sở và trung học phổ thông"),
        new("Khám sàng lọc ung thư vú và ung thư cổ tử cung cho phụ nữ", "khám miễn phí tại trạm y tế xã theo lịch luân phiên"),
        new("Xây dựng mô hình địa chỉ tin cậy tại cộng đồng", "chọn hộ gia đình uy tín làm nơi tạm lánh cho người bị bạo lực"),
        new("Duy trì đường dây nóng tiếp nhận tin báo bạo lực trên cơ sở giới", "trực hai mươi tư giờ, chuyển tiếp ngay cho công an và y tế"),
        new("Thành lập câu lạc bộ thủ lĩnh của sự thay đổi trong trường học", "học sinh tự điều hành sinh hoạt về tôn trọng bạn khác giới"),
        new("Lồng ghép giới vào chương trình giáo dục địa phương", "bổ sung bài học về phân công lao động gia đình trong tài liệu giáo dục địa phương"),
        new("Hỗ trợ học sinh nữ vùng khó khăn đến trường", "cấp học bổng, xe đạp và chỗ ở bán trú cho em gái có nguy cơ bỏ học"),
        new("Phòng ngừa tảo hôn và hôn nhân cận huyết thống", "vận động già làng, trưởng bản cam kết không tổ chức cưới cho người chưa đủ tuổi"),
        new("Thu thập số liệu thống kê giới cấp tỉnh", "cập nhật bộ chỉ tiêu thống kê phát triển giới vào cơ sở dữ liệu dùng chung"),
        new("Xây dựng phóng sự truyền hình về gương phụ nữ làm kinh tế giỏi", "phát sóng trên kênh truyền hình địa phương vào dịp mùng 8 tháng 3"),
        new("Đưa tin về bình đẳng giới trên cổng thông tin điện tử", "mở chuyên trang cập nhật hằng tháng văn bản, hoạt động và số liệu"),
        new("Tổ chức Tháng hành động vì bình đẳng giới", "treo băng rôn, diễu hành và mít tinh hưởng ứng từ giữa tháng mười một đến giữa tháng mười hai"),
        new("Kỷ niệm Ngày Quốc tế Phụ nữ", "gặp mặt nữ lãnh đạo, tặng quà nữ công nhân có hoàn cảnh khó khăn"),
        new("Hỗ trợ pháp lý miễn phí cho phụ nữ bị bạo lực", "trợ giúp viên pháp lý tham gia tố tụng bảo vệ quyền lợi nạn nhân"),
        new("Hòa giải mâu thuẫn gia đình ở thôn, tổ dân phố", "kiện toàn tổ hòa giải có ít nhất một thành viên nữ"),
        new("Tập huấn cho cán bộ tư pháp hộ tịch về đăng ký kết hôn", "nhận diện trường hợp kết hôn giả tạo, kết hôn có yếu tố nước ngoài vì mục đích mua bán người"),
        new("Phòng, chống mua bán phụ nữ và trẻ em qua biên giới", "phối hợp bộ đội biên phòng tuần tra đường mòn, lối mở"),
        new("Tiếp nhận và tái hòa nhập nạn nhân bị mua bán trở về", "cấp giấy tờ tùy thân, hỗ trợ ban đầu và học nghề"),
        new("Bảo đảm tỷ lệ nữ trong đoàn đi học tập ở nước ngoài", "ưu tiên nữ cán bộ khi xét chọn đi đào tạo sau đại học"),
        new("Đánh giá tác động giới của dự án đầu tư công", "bổ sung mục phân tích giới vào báo cáo nghiên cứu khả thi"),
        new("Bố trí kinh phí riêng cho hoạt động bình đẳng giới", "ghi dòng dự toán riêng trong kế hoạch ngân sách hằng năm"),
        new("Xây dựng nhà vệ sinh riêng cho nữ tại chợ và bến xe", "cải tạo công trình phụ tại nơi đông người qua lại"),
        new("Hỗ trợ nữ chủ hộ kinh doanh chuyển đổi số", "hướng dẫn bán hàng qua sàn thương mại điện tử và thanh toán không tiền mặt"),
        new("Nâng cao năng lực cho hợp tác xã do phụ nữ làm chủ", "tư vấn lập phương án sản xuất, đăng ký nhãn hiệu tập thể"),
        new("Giảm gánh nặng chăm sóc không được trả công", "mở nhóm trẻ gia đình và lớp mầm non tư thục gần khu nhà trọ"),
        new("Tuyên truyền về quyền thừa kế đất đai của phụ nữ", "hướng dẫn ghi tên cả vợ và chồng trên giấy chứng nhận quyền sử dụng đất"),
        new("Hỗ trợ phụ nữ cao tuổi cô đơn", "thăm hỏi, chăm sóc tại nhà qua tình nguyện viên của hội người cao tuổi"),
        new("Phát triển thể thao quần chúng cho nữ công nhân", "tổ chức giải bóng chuyền hơi, dân vũ vào chiều thứ bảy"),
        new("Bảo tồn nghề thủ công truyền thống do phụ nữ nắm giữ", "mở lớp truyền dạy thêu, đan lát cho thế hệ trẻ"),
        new("Khuyến khích nam giới tham gia kế hoạch hóa gia đình", "vận động nam giới dùng biện pháp tránh thai và đi khám tiền hôn nhân"),
        new("Chăm sóc sức khỏe tâm thần cho phụ nữ sau sinh", "sàng lọc trầm cảm sau sinh trong lần khám hậu sản"),
        new("Dinh dưỡng cho bà mẹ mang thai vùng cao", "cấp viên sắt, axit folic và hướng dẫn bữa ăn đủ chất"),
        new("Phòng chống quấy rối tình dục tại nơi làm việc", "ban hành quy tắc ứng xử và kênh tiếp nhận khiếu nại kín"),
        new("Đối thoại chính sách với nữ doanh nhân", "lắng nghe kiến nghị về thủ tục đất đai, thuế và tín dụng"),
        new("Hỗ trợ phụ nữ khuyết tật tìm việc làm", "giới thiệu việc làm tại nhà, ưu đãi cơ sở sử dụng lao động khuyết tật"),
        new("Cấp nước sạch cho hộ nghèo do phụ nữ làm chủ hộ", "lắp bể chứa nước mưa và đường ống tự chảy"),
        new("Nâng cao kỹ năng ứng phó thiên tai cho phụ nữ ven biển", "diễn tập sơ tán, sơ cứu và bảo quản lương thực mùa bão"),
        new("Kiểm tra điều kiện lao động nữ trong doanh nghiệp dệt may", "đo tiếng ồn, bụi bông và thời giờ làm thêm"),
        new("Ưu tiên nữ trong tuyển dụng viên chức ngành có ít nữ", "cộng điểm cho ứng viên nữ khi hai người bằng điểm"),
        new("Tổ chức ngày hội việc làm dành cho thanh niên nữ", "mời doanh nghiệp tuyển dụng trực tiếp tại sân vận động huyện"),
        new("Tôn vinh người cha tiêu biểu trong nuôi dạy con", "bình chọn và khen thưởng nam giới làm tốt việc chăm con nhỏ"),
        new("Xây dựng gia đình văn hóa không có bạo lực", "đưa tiêu chí không bạo lực vào hương ước, quy ước của khu dân cư"),
        new("Can thiệp sớm với người có hành vi bạo lực", "mời người gây bạo lực tham gia nhóm tư vấn thay đổi hành vi"),
        new("Tổ chức nhà tạm lánh cho nạn nhân", "bố trí phòng ở, bữa ăn và bảo vệ an toàn trong thời gian ngắn"),
        new("Tăng cường nữ trong lực lượng dân quân tự vệ", "thành lập tiểu đội nữ dân quân tại các xã trọng điểm"),
        new("Đưa nội dung giới vào sinh hoạt chi bộ", "thảo luận chuyên đề phân công công việc nhà trong đảng viên"),
        new("Hỗ trợ phụ nữ di cư quay về quê", "tư vấn chuyển đổi nghề, giới thiệu vốn vay tạo việc làm tại chỗ"),
        new("Phát triển du lịch cộng đồng do phụ nữ điều hành", "hướng dẫn đón khách homestay, nấu món ăn truyền thống"),
        new("Giám sát việc chi trả trợ cấp cho mẹ đơn thân", "đối soát danh sách hưởng trợ cấp hằng tháng với hộ khẩu"),
        new("Xây dựng thư viện sách giới cho thiếu nhi", "tặng truyện tranh về tình bạn giữa bạn nam và bạn nữ"),
        new("Đo lường khoảng cách thu nhập giữa lao động nam và nữ", "so sánh bảng lương theo vị trí việc làm trong khối sự nghiệp"),
        new("Tập huấn phóng viên về đưa tin nhạy cảm giới", "tránh hình ảnh rập khuôn, không nêu danh tính nạn nhân"),
        new("Hỗ trợ sinh kế cho phụ nữ nuôi con nhỏ bị nhiễm chất độc da cam", "tặng bò giống và hướng dẫn chăm sóc vật nuôi"),
        new("Vận động doanh nghiệp xây dựng phòng vắt trữ sữa", "bố trí phòng riêng, tủ lạnh cho lao động nữ nuôi con dưới mười hai tháng"),
        new("Ứng dụng bản đồ số cảnh báo điểm nóng bạo lực", "đánh dấu khu vực thường xảy ra vụ việc để bố trí tuần tra"),
        new("Tôn vinh nữ nhà khoa học trẻ", "trao giải thưởng cho đề tài nghiên cứu do nữ chủ nhiệm"),
        new("Hướng nghiệp cho nữ sinh vào ngành kỹ thuật", "tổ chức ngày trải nghiệm tại xưởng cơ khí, phòng thí nghiệm"),
        new("Bảo đảm an toàn cho nữ sinh trên đường đến trường", "lắp đèn chiếu sáng, bố trí đoàn viên đưa đón tại đoạn đường vắng"),
        new("Phòng chống xâm hại trẻ em gái trên không gian mạng", "hướng dẫn phụ huynh cài đặt chế độ kiểm soát thiết bị"),
    ];

    /// <summary>
    /// Generic sentences of a plan's purposes, requirements and funding sections (real plans have many). They are kept out of
    /// the tasks: words every task shares would make any task look like any other to the text matcher.
    /// </summary>
    public static readonly string[] Filler =
    [
        "Quán triệt sâu sắc quan điểm của Đảng, chính sách, pháp luật của Nhà nước về bình đẳng giới đến từng cán bộ, đảng viên và người lao động.",
        "Phát huy vai trò nêu gương của người đứng đầu trong việc tạo cơ hội ngang nhau cho nam và nữ ở mọi lĩnh vực công tác.",
        "Phân công cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành; có cơ chế phối hợp chặt chẽ giữa các bộ phận.",
        "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên của đơn vị và các nguồn hợp pháp khác theo quy định hiện hành.",
        "Định kỳ sáu tháng và cuối năm tổ chức sơ kết, rút kinh nghiệm, kịp thời khen thưởng tập thể, cá nhân có thành tích.",
        "Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời để được hướng dẫn, tháo gỡ.",
        "Việc triển khai bảo đảm thiết thực, tiết kiệm, phù hợp điều kiện thực tế của địa phương và đơn vị.",
        "Kết quả được tổng hợp, đánh giá định kỳ, làm căn cứ để điều chỉnh hoạt động những tháng tiếp theo.",
        "Chú trọng huy động nguồn lực xã hội hóa, phát huy vai trò của tổ chức đoàn thể và người có uy tín trong cộng đồng.",
        "Ưu tiên địa bàn vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, nơi tỷ lệ hộ nghèo còn cao.",
        "Lựa chọn hình thức phù hợp với từng nhóm đối tượng, tránh hình thức, dàn trải.",
        "Gắn với việc thực hiện nhiệm vụ chính trị và chương trình công tác năm của cơ quan.",
    ];

    public static readonly string[] Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước",
        "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
        "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
        "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
        "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
        "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Hà Nội", "Hải Phòng",
        "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh",
    ];

    /// <summary>A department: its name, its symbol in plan numbers, its folder, the units under it.</summary>
    public sealed record Department(string Name, string Symbol, string Folder, string UnitName, string UnitSymbol);

    public static readonly Department[] Departments =
    [
        new("Sở Y tế", "SYT", "so-y-te", "Bệnh viện Đa khoa khu vực", "BV"),
        new("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "so-ldtbxh", "Trung tâm Dịch vụ việc làm số", "TTDVVL"),
        new("Sở Giáo dục và Đào tạo", "SGDĐT", "so-gddt", "Trường Trung học phổ thông số", "THPT"),
        new("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "so-vhttdl", "Trung tâm Văn hóa cụm", "TTVH"),
        new("Sở Nội vụ", "SNV", "so-noi-vu", "Chi cục Văn thư lưu trữ khu vực", "CCVTLT"),
        new("Sở Tư pháp", "STP", "so-tu-phap", "Phòng Công chứng số", "PCC"),
        new("Sở Tài chính", "STC", "so-tai-chinh", "Trung tâm Dịch vụ tài chính công số", "TTDVTC"),
        new("Sở Kế hoạch và Đầu tư", "SKHĐT", "so-khdt", "Trung tâm Hỗ trợ doanh nghiệp số", "TTHTDN"),
        new("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", "so-nnptnt", "Trạm Khuyến nông số", "TKN"),
        new("Sở Tài nguyên và Môi trường", "STNMT", "so-tnmt", "Văn phòng Đăng ký đất đai chi nhánh số", "VPĐKĐĐ"),
        new("Sở Khoa học và Công nghệ", "SKHCN", "so-khcn", "Trung tâm Kỹ thuật tiêu chuẩn đo lường số", "TTKT"),
        new("Sở Công Thương", "SCT", "so-cong-thuong", "Trung tâm Khuyến công số", "TTKC"),
        new("Sở Xây dựng", "SXD", "so-xay-dung", "Trung tâm Quy hoạch xây dựng số", "TTQH"),
        new("Sở Giao thông vận tải", "SGTVT", "so-gtvt", "Trung tâm Đăng kiểm xe cơ giới số", "TTĐK"),
        new("Sở Ngoại vụ", "SNgV", "so-ngoai-vu", "Trung tâm Dịch vụ đối ngoại số", "TTDVĐN"),
        new("Sở Du lịch", "SDL", "so-du-lich", "Trung tâm Thông tin xúc tiến du lịch số", "TTXTDL"),
        // Last, beyond the 15 a province has by default: its name holds the words of the "communication" topic, so the engine
        // pairs a unit's report "về Sở Thông tin và Truyền thông" with the Sở's own communication duties (a known weakness).
        new("Sở Thông tin và Truyền thông", "STTTT", "so-tttt", "Trung tâm Công nghệ thông tin số", "TTCNTT"),
        new("Sở Quy hoạch - Kiến trúc", "SQHKT", "so-qhkt", "Trung tâm Thông tin quy hoạch số", "TTTTQH"),
    ];

    public static readonly string[] Signers = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Vinh", "Phạm Thị Thu", "Hoàng Minh Đức", "Đặng Thị Lan", "Vũ Đình Khôi", "Bùi Thị Hạnh"];
}
