import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

export function createFileStorage(c: AppConfig): FileStorage {
  if (c.STORAGE_DRIVER === 's3') {
    return new S3FileStorage({
      endpoint: c.S3_ENDPOINT,
      region: c.S3_REGION,
      bucket: c.S3_BUCKET!,
      accessKeyId: c.S3_ACCESS_KEY_ID,
      secretAccessKey: c.S3_SECRET_ACCESS_KEY,
      forcePathStyle: c.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalFileStorage(c.STORAGE_DIR);
}

@Global()
@Module({
  providers: [{ provide: FileStorage, inject: [AppConfig], useFactory: createFileStorage }],
  exports: [FileStorage],
})
export class StorageModule {}
