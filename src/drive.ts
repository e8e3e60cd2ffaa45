// The subpath export `amocrm-openapi/drive`: the Files API on the account's drive host, and the
// upload of a whole file through an upload session, part by part.
export { createFilesClient, getDriveUrl, type FilesClientOptions } from './drive/client.js';
export {
  uploadDriveFile, DriveUploadError,
  type UploadDriveFileOptions, type DriveUploadResume, type DriveUploadInput, type DriveFile, type DriveUploadSession,
} from './drive/upload.js';
