// A command-line tool that shares the source tree with the functions: it builds clients and
// threads freely, but nothing registers it with the Lambda runtime. Clean (no Lambda evidence).
#include <aws/s3/S3Client.h>

#include <thread>

static void sync_bucket(const char *bucket) {
  Aws::S3::S3Client client;
  std::thread copier([&] { client.ListObjectsV2(Aws::S3::Model::ListObjectsV2Request()); });
  copier.detach();
  while (true) {
  }
}

int main(int argc, char **argv) {
  sync_bucket(argc > 1 ? argv[1] : "backup");
  return 0;
}
