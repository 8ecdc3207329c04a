package io.atrium.forms.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal built-in set of places: a few provinces with some of their cities and districts, so
 * region fields work before a full data set is installed.
 */
public final class BuiltInRegions implements RegionSource {

  private static final Map<String, List<Region>> CHILDREN = new LinkedHashMap<>();
  private static final Map<String, Region> BY_CODE = new LinkedHashMap<>();

  static {
    add(null, "110000", "北京市");
    add("110000", "110100", "北京市");
    add("110100", "110101", "东城区");
    add("110100", "110102", "西城区");
    add("110100", "110105", "朝阳区");
    add("110100", "110108", "海淀区");
    add(null, "310000", "上海市");
    add("310000", "310100", "上海市");
    add("310100", "310101", "黄浦区");
    add("310100", "310104", "徐汇区");
    add("310100", "310115", "浦东新区");
    add(null, "440000", "广东省");
    add("440000", "440100", "广州市");
    add("440100", "440103", "荔湾区");
    add("440100", "440104", "越秀区");
    add("440100", "440106", "天河区");
    add("440000", "440300", "深圳市");
    add("440300", "440303", "罗湖区");
    add("440300", "440304", "福田区");
    add("440300", "440305", "南山区");
    add(null, "330000", "浙江省");
    add("330000", "330100", "杭州市");
    add("330100", "330102", "上城区");
    add("330100", "330106", "西湖区");
    add("330100", "330108", "滨江区");
    add(null, "510000", "四川省");
    add("510000", "510100", "成都市");
    add("510100", "510104", "锦江区");
    add("510100", "510107", "武侯区");
  }

  private static void add(String parent, String code, String name) {
    Region region = new Region(code, name);
    CHILDREN.computeIfAbsent(parent == null ? "" : parent, k -> new ArrayList<>()).add(region);
    BY_CODE.put(code, region);
  }

  @Override
  public List<Region> children(String parentCode) {
    return List.copyOf(CHILDREN.getOrDefault(parentCode == null ? "" : parentCode, List.of()));
  }

  @Override
  public Optional<Region> find(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }
}
