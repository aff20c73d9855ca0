export * from './referential.module';
export * from './settings/rule-settings';
export * from './settings/rule-settings.service';
export * from './versions/certification-version.entity';
export * from './versions/referential-block.entity';
export * from './versions/block-module.entity';
export * from './versions/referential.service';
export * from './dto/referential.dto';
