#include "demo/DemoCatalog.h"

#include <QHash>

namespace rapport::core {

namespace {

// "王:wang 李:li" -> [{王, wang}, {李, li}]
QList<DemoWord> wordsOf(const QString& pairs)
{
    QList<DemoWord> words;
    for (const QString& pair : pairs.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        words.append({pair.left(colon), pair.mid(colon + 1)});
    }
    return words;
}

QStringList listOf(const QString& items, QChar separator = QLatin1Char(' '))
{
    return items.split(separator, Qt::SkipEmptyParts);
}

} // namespace

const QList<DemoCategory>& DemoCatalog::categories()
{
    static const QList<DemoCategory> list = {
        {QStringLiteral("咖啡 Coffee"), DemoTaste::Coffee},
        {QStringLiteral("茶叶 Tea"), DemoTaste::Tea},
        {QStringLiteral("点心 Snacks"), DemoTaste::Tea},
        {QStringLiteral("器具 Brewing gear"), DemoTaste::Coffee},
        {QStringLiteral("乳品 Dairy"), DemoTaste::Coffee},
        {QStringLiteral("礼盒 Gifts"), DemoTaste::Neutral},
        {QStringLiteral("糖浆 Syrups & sweeteners"), DemoTaste::Coffee},
        {QStringLiteral("杯具 Cups & mugs"), DemoTaste::Neutral},
    };
    return list;
}

const QList<DemoProduct>& DemoCatalog::products()
{
    // sku, name, category, price (fen), base popularity
    static const QList<DemoProduct> list = {
        {QStringLiteral("COF-001"), QStringLiteral("Espresso beans 意式咖啡豆"), 0, 9800, 12},
        {QStringLiteral("COF-002"), QStringLiteral("Pour-over beans 手冲咖啡豆"), 0, 11800, 9},
        {QStringLiteral("COF-003"), QStringLiteral("Cold brew pack 冷萃咖啡包"), 0, 5900, 5},
        {QStringLiteral("COF-004"), QStringLiteral("Instant coffee 速溶咖啡"), 0, 3900, 6},
        {QStringLiteral("COF-005"), QStringLiteral("Decaf beans 低因咖啡豆"), 0, 10800, 2},
        {QStringLiteral("TEA-001"), QStringLiteral("Longjing green tea 龙井绿茶"), 1, 16800, 9},
        {QStringLiteral("TEA-002"), QStringLiteral("Pu-erh tea cake 普洱茶饼"), 1, 23800, 7},
        {QStringLiteral("TEA-003"), QStringLiteral("Oolong tea 乌龙茶"), 1, 12800, 8},
        {QStringLiteral("TEA-004"), QStringLiteral("Jasmine tea 茉莉花茶"), 1, 6800, 6},
        {QStringLiteral("TEA-005"), QStringLiteral("Keemun black tea 祁门红茶"), 1, 8800, 4},
        {QStringLiteral("SNK-001"), QStringLiteral("Almond cookies 杏仁饼"), 2, 3200, 3},
        {QStringLiteral("SNK-002"), QStringLiteral("Mooncake 月饼"), 2, 8800, 7},
        {QStringLiteral("SNK-003"), QStringLiteral("Pineapple cake 凤梨酥"), 2, 4500, 5},
        {QStringLiteral("SNK-004"), QStringLiteral("Egg rolls 蛋卷"), 2, 2800, 4},
        {QStringLiteral("SNK-005"), QStringLiteral("Walnut cookies 核桃酥"), 2, 3600, 3},
        {QStringLiteral("GEA-001"), QStringLiteral("Milk frother 奶泡器"), 3, 19900, 1.5},
        {QStringLiteral("GEA-002"), QStringLiteral("Hand grinder 手摇磨豆机"), 3, 25900, 2},
        {QStringLiteral("GEA-003"), QStringLiteral("Pour-over kettle 手冲壶"), 3, 22900, 7},
        {QStringLiteral("GEA-004"), QStringLiteral("Paper filters 咖啡滤纸"), 3, 2500, 2},
        {QStringLiteral("GEA-005"), QStringLiteral("Coffee scale 咖啡电子秤"), 3, 12800, 2},
        {QStringLiteral("DAI-001"), QStringLiteral("Oat milk 燕麦奶"), 4, 2200, 6},
        {QStringLiteral("DAI-002"), QStringLiteral("Whole milk 全脂牛奶"), 4, 1500, 10},
        {QStringLiteral("DAI-003"), QStringLiteral("Coconut milk 椰奶"), 4, 1800, 3},
        {QStringLiteral("DAI-004"), QStringLiteral("Whipping cream 淡奶油"), 4, 2600, 3},
        {QStringLiteral("DAI-005"), QStringLiteral("Condensed milk 炼乳"), 4, 1200, 2},
        {QStringLiteral("GIF-001"), QStringLiteral("Gift box 精美礼盒"), 5, 5800, 2},
        {QStringLiteral("GIF-002"), QStringLiteral("Tea gift set 茶叶礼盒"), 5, 39800, 2},
        {QStringLiteral("GIF-003"), QStringLiteral("Coffee gift set 咖啡礼盒"), 5, 35800, 2},
        {QStringLiteral("GIF-004"), QStringLiteral("Greeting card 贺卡"), 5, 800, 3},
        {QStringLiteral("GIF-005"), QStringLiteral("Festival hamper 节日礼篮"), 5, 48800, 1},
        {QStringLiteral("SYR-001"), QStringLiteral("Vanilla syrup 香草糖浆"), 6, 4500, 2},
        {QStringLiteral("SYR-002"), QStringLiteral("Caramel syrup 焦糖糖浆"), 6, 4500, 3},
        {QStringLiteral("SYR-003"), QStringLiteral("Hazelnut syrup 榛果糖浆"), 6, 4800, 2},
        {QStringLiteral("SYR-004"), QStringLiteral("Brown sugar 红糖"), 6, 1600, 3},
        {QStringLiteral("SYR-005"), QStringLiteral("Honey 蜂蜜"), 6, 6800, 4},
        {QStringLiteral("CUP-001"), QStringLiteral("Ceramic mug 陶瓷马克杯"), 7, 4900, 4},
        {QStringLiteral("CUP-002"), QStringLiteral("Travel tumbler 随行杯"), 7, 8900, 3},
        {QStringLiteral("CUP-003"), QStringLiteral("Glass cup 玻璃杯"), 7, 2900, 3},
        {QStringLiteral("CUP-004"), QStringLiteral("Tea cup set 品茗杯套装"), 7, 12800, 1.5},
        {QStringLiteral("CUP-005"), QStringLiteral("Paper cups 纸杯"), 7, 1900, 3},
    };
    return list;
}

const QList<DemoRule>& DemoCatalog::rules()
{
    static const QList<DemoRule> list = {
        {{QStringLiteral("COF-001")},
         QStringLiteral("GEA-001"),
         0.60,
         QStringLiteral("espresso drinkers want milk foam")},
        {{QStringLiteral("COF-001"), QStringLiteral("DAI-002")},
         QStringLiteral("SYR-001"),
         0.50,
         QStringLiteral("espresso + milk: home lattes, flavoured")},
        {{QStringLiteral("COF-002"), QStringLiteral("GEA-003")},
         QStringLiteral("GEA-004"),
         0.70,
         QStringLiteral("pour-over beans + kettle: the filters to go with them")},
        {{QStringLiteral("TEA-001")},
         QStringLiteral("CUP-004"),
         0.40,
         QStringLiteral("green tea is served in small cups")},
        {{QStringLiteral("SNK-002"), QStringLiteral("TEA-002")},
         QStringLiteral("GIF-001"),
         0.55,
         QStringLiteral("mooncake + pu-erh: a festival present, boxed")},
        {{QStringLiteral("TEA-003")},
         QStringLiteral("SNK-001"),
         0.35,
         QStringLiteral("oolong with a biscuit")},
    };
    return list;
}

const QList<DemoSegment>& DemoCatalog::segments()
{
    // key, description, share, buys, orders/month, dropout per order, start window,
    // active days (churned), spend, item trials/chance, quantity trials/chance
    static const QList<DemoSegment> list = {
        {QStringLiteral("loyal"), QStringLiteral("frequent, loyal buyers"), 0.12, true, 0.8, 0.01,
         730, 0, 0, QStringLiteral("high"), 5, 0.40, 3, 0.30},
        {QStringLiteral("regular"), QStringLiteral("regular buyers"), 0.23, true, 0.30, 0.04, 730,
         0, 0, QStringLiteral("medium"), 4, 0.40, 2, 0.25},
        {QStringLiteral("occasional"), QStringLiteral("occasional buyers"), 0.25, true, 0.10, 0.10,
         730, 0, 0, QStringLiteral("medium"), 4, 0.35, 2, 0.20},
        {QStringLiteral("one_time"), QStringLiteral("one-time buyers"), 0.20, true, 0.0, 1.0, 730,
         0, 0, QStringLiteral("low"), 3, 0.30, 1, 0.20},
        {QStringLiteral("churned"),
         QStringLiteral("bought often, then stopped (first order in the first year)"), 0.15, true,
         0.5, 0.0, 365, 60, 300, QStringLiteral("medium"), 4, 0.40, 2, 0.25},
        {QStringLiteral("prospect"), QStringLiteral("leads who never ordered"), 0.05, false, 0.0,
         0.0, 730, 0, 0, QStringLiteral("none"), 0, 0.0, 0, 0.0},
    };
    return list;
}

const QList<DemoWord>& DemoCatalog::chineseSurnames()
{
    // Roughly by frequency: the generator picks earlier ones more often.
    static const QList<DemoWord> list = wordsOf(QStringLiteral(
        "王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou "
        "徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo "
        "郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao "
        "彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai "
        "余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen "
        "姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin "
        "欧阳:ouyang 司马:sima 上官:shangguan"));
    return list;
}

const QList<DemoWord>& DemoCatalog::chineseGivenNames()
{
    static const QList<DemoWord> list = wordsOf(QStringLiteral(
        "伟明:weiming 伟:wei 芳:fang 娜:na 秀英:xiuying 敏:min 静:jing 丽:li 强:qiang 磊:lei "
        "军:jun 洋:yang 勇:yong 艳:yan 杰:jie 娟:juan 涛:tao 明:ming 超:chao 秀兰:xiulan "
        "霞:xia 平:ping 刚:gang 桂英:guiying 建华:jianhua 建国:jianguo 志强:zhiqiang "
        "晓燕:xiaoyan 晓明:xiaoming 海燕:haiyan 文博:wenbo 子涵:zihan 雨桐:yutong 浩然:haoran "
        "欣怡:xinyi 宇轩:yuxuan 梓萱:zixuan 思远:siyuan 佳怡:jiayi 俊杰:junjie 嘉欣:jiaxin "
        "一鸣:yiming 天佑:tianyou 诗涵:shihan 博文:bowen 雅婷:yating 振华:zhenhua 国庆:guoqing "
        "丽娟:lijuan 建军:jianjun 玉兰:yulan 春梅:chunmei 鹏:peng 辉:hui 宁:ning 琳:lin "
        "颖:ying 倩:qian 婷:ting 雪:xue 慧:hui 凯:kai 亮:liang 斌:bin 飞:fei 鑫:xin "
        "晨:chen 阳:yang 帆:fan 瑶:yao 悦:yue 梦琪:mengqi 欣然:xinran 子豪:zihao 明轩:mingxuan "
        "家豪:jiahao 嘉怡:jiayi 伟华:weihua 伟东:weidong 红梅:hongmei 秀珍:xiuzhen 德华:dehua "
        "少华:shaohua 美玲:meiling 志明:zhiming 文静:wenjing 晓东:xiaodong 海涛:haitao"));
    return list;
}

const QStringList& DemoCatalog::englishFirstNames()
{
    static const QStringList list = listOf(QStringLiteral(
        "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
        "Richard Susan Joseph Jessica Thomas Sarah Daniel Karen Matthew Emily Anthony Nancy "
        "Mark Lisa Steven Betty Andrew Sandra Paul Ashley Joshua Emma Kevin Olivia Brian Sophie "
        "George Grace Edward Chloe Ryan Hannah Jacob Amelia Oliver Isabella Lucas Mia Henry "
        "Charlotte Leo Zoe Nathan Lily Ethan Ava Samuel Ella"));
    return list;
}

const QStringList& DemoCatalog::englishLastNames()
{
    static const QStringList list = listOf(QStringLiteral(
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Wilson "
        "Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis "
        "Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter "
        "Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris "
        "Murphy Cook Rogers O'Brien O'Neil Bennett Gray Hughes Price Wood Barnes Ross"));
    return list;
}

const QList<DemoCity>& DemoCatalog::cities()
{
    const QChar sep = QLatin1Char('|');
    static const QStringList cnStreets = listOf(
        QStringLiteral("中山路|人民路|解放路|建设路|南京路|长江路|和平路|新华路|延安路|科技路|"
                       "文化路|胜利路|青年路|滨江大道|世纪大道|朝阳路|东风路|迎宾路"),
        sep);
    static const QStringList usStreets = listOf(
        QStringLiteral("Market Street|Mission Street|Broadway|Pine Street|Oak Avenue|Main Street|"
                       "Elm Street|Maple Avenue|Lake Street|Park Avenue|Cedar Road|Hill Street"),
        sep);
    static const QStringList ukStreets = listOf(
        QStringLiteral("High Street|Station Road|Church Lane|Victoria Road|Green Lane|Mill Road|"
                       "King Street|Queen's Road|Park Road"),
        sep);
    static const QList<DemoCity> list = {
        {QStringLiteral("上海"), QStringLiteral("021"), true, cnStreets},
        {QStringLiteral("北京"), QStringLiteral("010"), true, cnStreets},
        {QStringLiteral("深圳"), QStringLiteral("0755"), true, cnStreets},
        {QStringLiteral("广州"), QStringLiteral("020"), true, cnStreets},
        {QStringLiteral("杭州"), QStringLiteral("0571"), true, cnStreets},
        {QStringLiteral("成都"), QStringLiteral("028"), true, cnStreets},
        {QStringLiteral("南京"), QStringLiteral("025"), true, cnStreets},
        {QStringLiteral("武汉"), QStringLiteral("027"), true, cnStreets},
        {QStringLiteral("西安"), QStringLiteral("029"), true, cnStreets},
        {QStringLiteral("苏州"), QStringLiteral("0512"), true, cnStreets},
        {QStringLiteral("重庆"), QStringLiteral("023"), true, cnStreets},
        {QStringLiteral("厦门"), QStringLiteral("0592"), true, cnStreets},
        {QStringLiteral("青岛"), QStringLiteral("0532"), true, cnStreets},
        {QStringLiteral("长沙"), QStringLiteral("0731"), true, cnStreets},
        {QStringLiteral("San Francisco"), QStringLiteral("+1 415"), false, usStreets},
        {QStringLiteral("New York"), QStringLiteral("+1 212"), false, usStreets},
        {QStringLiteral("Seattle"), QStringLiteral("+1 206"), false, usStreets},
        {QStringLiteral("Boston"), QStringLiteral("+1 617"), false, usStreets},
        {QStringLiteral("London"), QStringLiteral("+44 20"), false, ukStreets},
    };
    return list;
}

const QList<DemoWord>& DemoCatalog::chineseCompanyWords()
{
    static const QList<DemoWord> list = wordsOf(QStringLiteral(
        "明华:minghua 恒达:hengda 华通:huatong 锦程:jincheng 瑞丰:ruifeng 嘉禾:jiahe "
        "盛世:shengshi 宏远:hongyuan 鑫源:xinyuan 金桥:jinqiao 天和:tianhe 新源:xinyuan "
        "博雅:boya 启航:qihang 远景:yuanjing 泰和:taihe 永信:yongxin 云杉:yunshan 青禾:qinghe "
        "东方:dongfang 南风:nanfeng 鼎盛:dingsheng 和润:herun 星辰:xingchen"));
    return list;
}

const QList<DemoWord>& DemoCatalog::chineseIndustries()
{
    static const QList<DemoWord> list = wordsOf(
        QStringLiteral("贸易:trading 科技:tech 餐饮管理:catering 咖啡:coffee 茶业:tea 食品:foods "
                       "文化传媒:media 酒店管理:hotels 商贸:commerce 电子商务:ecommerce"));
    return list;
}

const QStringList& DemoCatalog::englishCompanyWords()
{
    static const QStringList list = listOf(
        QStringLiteral(
            "Blue Harbor|Golden Leaf|Northwind|Silver Oak|Red Lantern|Green Valley|Pacific Rim|"
            "Bright Star|Evergreen|Summit|Riverside|Maple Leaf|Lotus|Jade Bridge|Harbor Light"),
        QLatin1Char('|'));
    return list;
}

const QStringList& DemoCatalog::englishIndustries()
{
    static const QStringList list =
        listOf(QStringLiteral(
                   "Trading Co.|Cafe Ltd|Foods Inc.|Hospitality Group|Coffee Roasters|Tea House|"
                   "Catering LLC|Imports Ltd"),
               QLatin1Char('|'));
    return list;
}

const QStringList& DemoCatalog::mailDomains()
{
    // Reserved names only (RFC 2606 / RFC 6761: .example, example.com), so no demo
    // campaign can ever reach a real mailbox, while looking like the real ones.
    static const QStringList list = listOf(QStringLiteral(
        "qq.example 163.example 126.example foxmail.example sina.example gmail.example "
        "outlook.example example.com example.net"));
    return list;
}

const QStringList& DemoCatalog::owners()
{
    static const QStringList list =
        listOf(QStringLiteral("王芳|李娜|陈静|David Chen|Emily Zhang|刘洋"), QLatin1Char('|'));
    return list;
}

const QStringList& DemoCatalog::notes()
{
    static const QStringList list = listOf(
        QStringLiteral("VIP 客户|偏好无糖|Prefers weekend delivery|开发票抬头为公司|"
                       "Met at the Shanghai coffee fair|只喝绿茶|Ask about the autumn tea list|"
                       "生日在十月|Wholesale enquiry|需要英文发票"),
        QLatin1Char('|'));
    return list;
}

int DemoCatalog::productIndex(const QString& sku)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        for (int i = 0; i < products().size(); ++i)
            map.insert(products().at(i).sku, i);
        return map;
    }();
    return index.value(sku, -1);
}

} // namespace rapport::core
