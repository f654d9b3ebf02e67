/// Facts about this build of Glossa.
public enum Glossa {
  /// The version `glossa --version` prints.
  public static let version = "0.1.0"
}
