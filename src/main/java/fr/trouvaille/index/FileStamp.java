package fr.trouvaille.index;

/** What the index remembers of a file to tell, on the next reindex, whether it changed. */
public record FileStamp(long size, long modifiedMillis, String hash) {

  /** True when size and time are the same: the file is taken as unchanged without reading it. */
  public boolean sameSizeAndTime(long size, long modifiedMillis) {
    return this.size == size && this.modifiedMillis == modifiedMillis;
  }
}
