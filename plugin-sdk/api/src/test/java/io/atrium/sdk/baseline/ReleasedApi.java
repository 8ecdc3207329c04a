package io.atrium.sdk.baseline;

import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Domain;
import aQute.bnd.osgi.Jar;
import aQute.bnd.service.diff.Tree;
import aQute.lib.json.JSONCodec;
import java.io.File;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The API of a released SDK as bnd sees it (its exported packages with their versions, and the
 * tree of their types and members), kept as JSON in the repository: there is no release
 * repository to fetch the released jar from, and the tree is all a baseline needs.
 */
final class ReleasedApi {

  /** The stored form: the Export-Package header and bnd's serialized API tree. */
  public static final class Stored {
    public String bundle;
    public String exports;
    public Tree.Data tree;
  }

  private final Parameters exports;
  private final Tree tree;

  private ReleasedApi(Parameters exports, Tree tree) {
    this.exports = exports;
    this.tree = tree;
  }

  /** The API of a bundle: a jar file, or a class folder with its bnd-made manifest. */
  static ReleasedApi of(File bundle) throws Exception {
    try (Jar jar = bundle.isDirectory() ? new Jar("io.atrium.sdk", bundle) : new Jar(bundle)) {
      return new ReleasedApi(Domain.domain(jar.getManifest()).getExportPackage(), new DiffPluginImpl().tree(jar));
    }
  }

  /** Reads an API stored by {@link #write}. */
  static ReleasedApi read(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Stored stored = new JSONCodec().dec().from(in).get(Stored.class);
      return new ReleasedApi(new Parameters(stored.exports), new DiffPluginImpl().deserialize(stored.tree));
    }
  }

  /** Stores this API, with the bundle name and version it came from. */
  void write(Path file, String bundle) throws Exception {
    Stored stored = new Stored();
    stored.bundle = bundle;
    stored.exports = exports.toString();
    stored.tree = tree.serialize();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new JSONCodec().enc().to(out).put(stored).flush();
    }
  }

  Parameters exports() {
    return exports;
  }

  Tree tree() {
    return tree;
  }

  /** Records a released SDK: {@code ReleasedApi <jar or class folder> <json file> <bundle version>}. */
  public static void main(String[] args) throws Exception {
    of(new File(args[0])).write(Path.of(args[1]), "io.atrium.sdk " + args[2]);
  }
}
